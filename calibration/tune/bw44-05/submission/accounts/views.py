from typing import Annotated

from fastapi import APIRouter, Depends, HTTPException, status
from fastapi.security import OAuth2PasswordRequestForm

from accounts.dependencies import CurrentUser, Users
from accounts.managers import UsernameTaken
from accounts.models import User
from accounts.schemas import Token, UserCreate, UserOut
from accounts.tokens import create_access_token
from config.settings import settings

router = APIRouter(prefix="/auth", tags=["accounts"])


@router.post(
    "/register",
    response_model=UserOut,
    status_code=status.HTTP_201_CREATED,
    summary="Create an account",
    responses={409: {"description": "Username already taken"}},
)
def register(payload: UserCreate, users: Users) -> User:
    try:
        return users.create_user(payload.username, payload.password)
    except UsernameTaken:
        raise HTTPException(status.HTTP_409_CONFLICT, "A user with that username already exists.")


@router.post(
    "/token",
    response_model=Token,
    summary="Obtain a bearer token (OAuth2 password flow)",
    responses={401: {"description": "Bad username or password"}},
)
def token(form: Annotated[OAuth2PasswordRequestForm, Depends()], users: Users) -> Token:
    user = users.authenticate(form.username, form.password)
    if user is None:
        raise HTTPException(
            status.HTTP_401_UNAUTHORIZED,
            "No active account found with the given credentials.",
            headers={"WWW-Authenticate": "Bearer"},
        )
    return Token(
        access_token=create_access_token(user.id),
        expires_in=int(settings.ACCESS_TOKEN_LIFETIME.total_seconds()),
    )


@router.get("/me", response_model=UserOut, summary="The authenticated user",
            responses={401: {"description": "Not authenticated"}})
def me(user: CurrentUser) -> User:
    return user
