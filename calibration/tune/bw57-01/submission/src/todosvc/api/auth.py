from typing import Annotated

from fastapi import APIRouter, Depends, HTTPException, Request, status
from fastapi.security import OAuth2PasswordRequestForm
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from todosvc.deps import AppSettings, CurrentUser, DbSession
from todosvc.models import User
from todosvc.schemas import ErrorOut, Token, UserCreate, UserOut
from todosvc.security import create_access_token, hash_password, verify_password

router = APIRouter(prefix="/auth", tags=["auth"])


@router.post(
    "/signup",
    status_code=status.HTTP_201_CREATED,
    response_model=UserOut,
    summary="Create an account",
    responses={409: {"model": ErrorOut, "description": "Username already taken"}},
)
def signup(payload: UserCreate, session: DbSession, settings: AppSettings) -> User:
    user = User(
        username=payload.username,
        password_hash=hash_password(payload.password, settings.bcrypt_rounds),
    )
    session.add(user)
    try:
        session.commit()
    except IntegrityError:
        session.rollback()
        raise HTTPException(status.HTTP_409_CONFLICT, detail="Username already taken") from None
    return user


@router.post(
    "/token",
    response_model=Token,
    summary="Log in (OAuth2 password flow)",
    responses={401: {"model": ErrorOut, "description": "Wrong username or password"}},
)
def login(
    form: Annotated[OAuth2PasswordRequestForm, Depends()],
    session: DbSession,
    settings: AppSettings,
    request: Request,
) -> Token:
    user = session.scalar(select(User).where(User.username == form.username))
    # Always run one bcrypt check so unknown usernames take as long as wrong passwords.
    stored_hash = user.password_hash if user is not None else request.app.state.dummy_hash
    password_ok = verify_password(form.password, stored_hash)
    if user is None or not password_ok:
        raise HTTPException(
            status.HTTP_401_UNAUTHORIZED,
            detail="Incorrect username or password",
            headers={"WWW-Authenticate": "Bearer"},
        )
    return Token(
        access_token=create_access_token(user.id, settings),
        expires_in=settings.access_token_ttl_seconds,
    )


@router.get(
    "/me",
    response_model=UserOut,
    summary="The account behind the current token",
    responses={401: {"model": ErrorOut}},
)
def me(user: CurrentUser) -> User:
    return user
