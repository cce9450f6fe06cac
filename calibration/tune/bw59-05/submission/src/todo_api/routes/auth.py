from typing import Annotated

import peewee as pw
from fastapi import APIRouter, Depends, HTTPException, status
from fastapi.security import OAuth2PasswordRequestForm

from todo_api.db import User, database
from todo_api.deps import CurrentUser, SettingsDep
from todo_api.schemas import ErrorOut, Token, UserCreate, UserOut
from todo_api.security import create_access_token, hash_password, verify_password

router = APIRouter(prefix="/auth", tags=["auth"])


@router.post(
    "/signup",
    status_code=status.HTTP_201_CREATED,
    response_model=UserOut,
    responses={409: {"model": ErrorOut, "description": "Username already taken"}},
    summary="Create an account",
)
def signup(payload: UserCreate) -> User:
    password_hash = hash_password(payload.password)
    try:
        with database.atomic():
            user: User = User.create(username=payload.username, password_hash=password_hash)
    except pw.IntegrityError:
        raise HTTPException(status.HTTP_409_CONFLICT, detail="Username already taken") from None
    return user


@router.post(
    "/token",
    response_model=Token,
    responses={401: {"model": ErrorOut, "description": "Wrong username or password"}},
    summary="Log in with the OAuth2 password flow",
)
def login(form: Annotated[OAuth2PasswordRequestForm, Depends()], settings: SettingsDep) -> Token:
    user: User | None = User.get_or_none(User.username == form.username)
    if not verify_password(user.password_hash if user else None, form.password) or user is None:
        raise HTTPException(
            status.HTTP_401_UNAUTHORIZED,
            detail="Incorrect username or password",
            headers={"WWW-Authenticate": "Bearer"},
        )
    return Token(
        access_token=create_access_token(user.id, settings),
        expires_in=settings.token_ttl_minutes * 60,
    )


@router.get(
    "/me",
    response_model=UserOut,
    responses={401: {"model": ErrorOut}},
    summary="The authenticated user",
)
def me(user: CurrentUser) -> User:
    return user
