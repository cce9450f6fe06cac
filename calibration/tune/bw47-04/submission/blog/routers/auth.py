from datetime import timedelta
from typing import Annotated

from fastapi import APIRouter, Depends, HTTPException, status
from fastapi.security import OAuth2PasswordRequestForm
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from blog.deps import AppSettings, CurrentUser, DbSession
from blog.models import User
from blog.schemas import ErrorResponse, Token, UserCreate, UserRead
from blog.security import create_access_token, hash_password, verify_password

router = APIRouter(prefix="/auth", tags=["auth"])


def _username_taken() -> HTTPException:
    return HTTPException(status.HTTP_409_CONFLICT, detail="Username is already taken")


@router.post(
    "/signup",
    status_code=status.HTTP_201_CREATED,
    response_model=UserRead,
    summary="Create an account",
    responses={409: {"model": ErrorResponse, "description": "Username is already taken"}},
)
def signup(body: UserCreate, db: DbSession) -> User:
    if db.scalar(select(User.id).where(User.username == body.username)) is not None:
        raise _username_taken()
    user = User(username=body.username, password_hash=hash_password(body.password))
    db.add(user)
    try:
        db.commit()
    except IntegrityError:  # lost a race with a concurrent signup
        db.rollback()
        raise _username_taken() from None
    return user


@router.post(
    "/token",
    response_model=Token,
    summary="Log in (OAuth2 password flow)",
    responses={401: {"model": ErrorResponse, "description": "Wrong username or password"}},
)
def login(
    form: Annotated[OAuth2PasswordRequestForm, Depends()], db: DbSession, settings: AppSettings
) -> Token:
    user = db.scalar(select(User).where(User.username == form.username))
    # Always run the hash check so unknown usernames are not faster to reject.
    password_ok = verify_password(form.password, user.password_hash if user else None)
    if user is None or not password_ok:
        raise HTTPException(
            status.HTTP_401_UNAUTHORIZED,
            detail="Incorrect username or password",
            headers={"WWW-Authenticate": "Bearer"},
        )
    token = create_access_token(
        user.id,
        settings.secret_key.get_secret_value(),
        timedelta(minutes=settings.access_token_ttl_minutes),
    )
    return Token(access_token=token)


@router.get(
    "/me",
    response_model=UserRead,
    summary="The current user",
    responses={401: {"model": ErrorResponse, "description": "Missing or invalid token"}},
)
def me(user: CurrentUser) -> User:
    return user
