from typing import Annotated

from fastapi import APIRouter, Depends, HTTPException, status
from fastapi.security import OAuth2PasswordRequestForm

from blog.accounts.dependencies import CurrentUser
from blog.accounts.managers import UserManager, UsernameTaken
from blog.accounts.schemas import Token, UserCreate, UserRead
from blog.core.db import SessionDep
from blog.core.security import create_access_token

router = APIRouter(prefix="/auth", tags=["accounts"])


@router.post(
    "/signup",
    status_code=status.HTTP_201_CREATED,
    summary="Create an account",
    responses={409: {"description": "Username already taken"}},
)
async def signup(payload: UserCreate, session: SessionDep) -> UserRead:
    try:
        user = await UserManager(session).create_user(payload.username, payload.password)
    except UsernameTaken:
        raise HTTPException(status.HTTP_409_CONFLICT, "Username already taken") from None
    return UserRead.model_validate(user)


@router.post(
    "/token",
    summary="Log in with the OAuth2 password flow",
    responses={401: {"description": "Wrong username or password"}},
)
async def token(
    form: Annotated[OAuth2PasswordRequestForm, Depends()], session: SessionDep
) -> Token:
    user = await UserManager(session).authenticate(form.username, form.password)
    if user is None:
        raise HTTPException(
            status.HTTP_401_UNAUTHORIZED,
            "Incorrect username or password",
            headers={"WWW-Authenticate": "Bearer"},
        )
    return Token(access_token=create_access_token(user.id))


@router.get(
    "/me",
    summary="The authenticated user",
    responses={401: {"description": "Missing or invalid token"}},
)
async def me(user: CurrentUser) -> UserRead:
    return UserRead.model_validate(user)
