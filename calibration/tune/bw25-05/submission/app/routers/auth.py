from typing import Annotated

from fastapi import APIRouter, Depends, HTTPException, status
from fastapi.security import OAuth2PasswordRequestForm
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from app.config import Settings, get_settings
from app.models import User
from app.schemas import ErrorOut, Token, UserCreate, UserOut
from app.security import CurrentUser, DbSession, create_access_token, hash_password, verify_password

router = APIRouter(prefix="/auth", tags=["auth"])


@router.post(
    "/signup",
    response_model=UserOut,
    status_code=status.HTTP_201_CREATED,
    summary="Create an account",
    responses={409: {"model": ErrorOut, "description": "Username already taken"}},
)
def signup(
    body: UserCreate, session: DbSession, settings: Annotated[Settings, Depends(get_settings)]
) -> User:
    user = User(username=body.username, password_hash=hash_password(body.password, settings.bcrypt_rounds))
    session.add(user)
    try:
        session.commit()
    except IntegrityError:
        session.rollback()
        raise HTTPException(status.HTTP_409_CONFLICT, "Username already taken") from None
    return user


@router.post(
    "/token",
    response_model=Token,
    summary="Log in (OAuth2 password flow) and get a bearer token",
    responses={401: {"model": ErrorOut, "description": "Bad username or password"}},
)
def login(
    form: Annotated[OAuth2PasswordRequestForm, Depends()],
    session: DbSession,
    settings: Annotated[Settings, Depends(get_settings)],
) -> Token:
    user = session.scalar(select(User).where(User.username == form.username))
    if not verify_password(form.password, user.password_hash if user else None) or user is None:
        raise HTTPException(
            status.HTTP_401_UNAUTHORIZED,
            "Incorrect username or password",
            headers={"WWW-Authenticate": "Bearer"},
        )
    return Token(
        access_token=create_access_token(user.id, settings),
        expires_in=settings.access_token_ttl_seconds,
    )


@router.get("/me", response_model=UserOut, summary="Who am I")
def me(user: CurrentUser) -> User:
    return user
