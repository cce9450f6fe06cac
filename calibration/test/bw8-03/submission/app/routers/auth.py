"""Sign-up and sign-in routes."""

from typing import Annotated

from fastapi import APIRouter, Depends, HTTPException, status
from fastapi.security import OAuth2PasswordRequestForm

from app.auth import (
    CurrentUser,
    DbSession,
    create_access_token,
    get_user_by_username,
    hash_password,
    verify_password,
)
from app.models import User
from app.schemas import ErrorMessage, Token, UserCreate, UserOut

router = APIRouter(prefix="/auth", tags=["Accounts"])


@router.post(
    "/register",
    response_model=UserOut,
    status_code=status.HTTP_201_CREATED,
    summary="Create an account",
    description="Create a new account with a username and password. "
    "The password is stored as an Argon2 hash and is never returned.",
    responses={
        409: {"model": ErrorMessage, "description": "The username is already taken."},
    },
)
def register(user_in: UserCreate, db: DbSession) -> User:
    if get_user_by_username(db, user_in.username) is not None:
        raise HTTPException(
            status_code=status.HTTP_409_CONFLICT,
            detail=f"The username '{user_in.username}' is already taken. Please choose another one.",
        )
    user = User(username=user_in.username, hashed_password=hash_password(user_in.password))
    db.add(user)
    db.commit()
    db.refresh(user)
    return user


@router.post(
    "/token",
    response_model=Token,
    summary="Sign in",
    description="Exchange a username and password (sent as form fields, OAuth2 password flow) "
    "for a bearer token. Use the **Authorize** button in these docs to sign in.",
    responses={
        401: {"model": ErrorMessage, "description": "The username or password is wrong."},
    },
)
def login(form: Annotated[OAuth2PasswordRequestForm, Depends()], db: DbSession) -> Token:
    user = get_user_by_username(db, form.username)
    if user is None:
        raise HTTPException(
            status_code=status.HTTP_401_UNAUTHORIZED,
            detail="We couldn't find an account with that username.",
            headers={"WWW-Authenticate": "Bearer"},
        )
    if not verify_password(form.password, user.hashed_password):
        raise HTTPException(
            status_code=status.HTTP_401_UNAUTHORIZED,
            detail="That password doesn't match this account. Please try again.",
            headers={"WWW-Authenticate": "Bearer"},
        )
    return Token(access_token=create_access_token(user.username))


@router.get(
    "/me",
    response_model=UserOut,
    summary="Who am I?",
    description="Return the account that the current token belongs to.",
    responses={401: {"model": ErrorMessage, "description": "Missing or expired token."}},
)
def read_me(user: CurrentUser) -> User:
    return user
