from typing import Annotated

from fastapi import APIRouter, Depends, HTTPException, status
from fastapi.security import OAuth2PasswordRequestForm
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from blog.dependencies import AppSettings, CurrentUser, DbSession
from blog.models import User
from blog.schemas import ErrorOut, Token, UserCreate, UserOut
from blog.security import burn_password_check, create_access_token, hash_password, verify_password

router = APIRouter(prefix="/auth", tags=["accounts"])


@router.post(
    "/register",
    response_model=UserOut,
    status_code=status.HTTP_201_CREATED,
    summary="Create an account",
    responses={409: {"model": ErrorOut, "description": "Username already taken"}},
)
def register(payload: UserCreate, db: DbSession) -> User:
    taken = HTTPException(status_code=status.HTTP_409_CONFLICT, detail="A user with that username already exists.")
    if db.scalar(select(User.id).where(User.username == payload.username)) is not None:
        raise taken

    user = User(username=payload.username, password_hash=hash_password(payload.password))
    db.add(user)
    try:
        db.commit()
    except IntegrityError:
        # Two sign-ups racing for the same username.
        db.rollback()
        raise taken from None
    db.refresh(user)
    return user


@router.post(
    "/token",
    response_model=Token,
    summary="Log in (OAuth2 password flow) and get a bearer token",
    responses={401: {"model": ErrorOut, "description": "Wrong username or password"}},
)
def login(
    form: Annotated[OAuth2PasswordRequestForm, Depends()],
    db: DbSession,
    settings: AppSettings,
) -> Token:
    user = db.scalar(select(User).where(User.username == form.username))
    if user is None:
        burn_password_check(form.password)
        valid = False
    else:
        valid = verify_password(form.password, user.password_hash) and user.is_active

    if not valid or user is None:
        raise HTTPException(
            status_code=status.HTTP_401_UNAUTHORIZED,
            detail="Incorrect username or password.",
            headers={"WWW-Authenticate": "Bearer"},
        )
    return Token(access_token=create_access_token(user.id, settings))


@router.get(
    "/me",
    response_model=UserOut,
    summary="The logged-in user",
    responses={401: {"model": ErrorOut, "description": "Missing or invalid token"}},
)
def me(user: CurrentUser) -> User:
    return user
