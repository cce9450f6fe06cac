from typing import Annotated

from fastapi import APIRouter, Depends, HTTPException, status
from fastapi.security import OAuth2PasswordRequestForm
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from quill.deps import CurrentUser, SessionDep, SettingsDep
from quill.models import User
from quill.schemas import ErrorBody, Token, UserCreate, UserId, UserRead
from quill.security import create_access_token, hash_password, verify_password

router = APIRouter(prefix="/auth", tags=["auth"])


def _to_read(user: User) -> UserRead:
    return UserRead(id=UserId(user.id), username=user.username, created_at=user.created_at)


@router.post(
    "/register",
    status_code=status.HTTP_201_CREATED,
    response_model=UserRead,
    summary="Create an account",
    responses={status.HTTP_409_CONFLICT: {"model": ErrorBody, "description": "Username taken"}},
)
def register(payload: UserCreate, session: SessionDep) -> UserRead:
    user = User(
        username=payload.username,
        password_hash=hash_password(payload.password.get_secret_value()),
    )
    session.add(user)
    try:
        session.commit()
    except IntegrityError:
        session.rollback()
        raise HTTPException(status.HTTP_409_CONFLICT, "Username already taken") from None
    return _to_read(user)


@router.post(
    "/token",
    response_model=Token,
    summary="Log in (OAuth2 password flow)",
    responses={status.HTTP_401_UNAUTHORIZED: {"model": ErrorBody}},
)
def login(
    form: Annotated[OAuth2PasswordRequestForm, Depends()],
    session: SessionDep,
    settings: SettingsDep,
) -> Token:
    user = session.scalars(select(User).where(User.username == form.username)).one_or_none()
    if not verify_password(user.password_hash if user else None, form.password) or user is None:
        raise HTTPException(
            status.HTTP_401_UNAUTHORIZED,
            "Incorrect username or password",
            headers={"WWW-Authenticate": "Bearer"},
        )
    token, expires_in = create_access_token(UserId(user.id), settings)
    return Token(access_token=token, expires_in=expires_in)


@router.get(
    "/me",
    response_model=UserRead,
    summary="The account behind the bearer token",
    responses={status.HTTP_401_UNAUTHORIZED: {"model": ErrorBody}},
)
def me(user: CurrentUser) -> UserRead:
    return _to_read(user)
