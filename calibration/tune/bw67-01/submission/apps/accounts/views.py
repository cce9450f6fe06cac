from typing import Annotated

from fastapi import APIRouter, Depends, HTTPException, status
from fastapi.security import OAuth2PasswordRequestForm

from apps.accounts.dependencies import CurrentUser, DbSession
from apps.accounts.managers import UserManager, UsernameTaken
from apps.accounts.schemas import Token, UserCreate, UserRead
from apps.accounts.security import create_access_token

router = APIRouter(prefix="/auth", tags=["accounts"])


@router.post(
    "/signup",
    response_model=UserRead,
    status_code=status.HTTP_201_CREATED,
    summary="Create an account",
    responses={409: {"description": "Username already taken"}},
)
def signup(payload: UserCreate, db: DbSession) -> UserRead:
    try:
        user = UserManager(db).create_user(payload.username, payload.password)
    except UsernameTaken:
        raise HTTPException(status.HTTP_409_CONFLICT, detail="Username already taken") from None
    return UserRead.model_validate(user)


@router.post(
    "/token",
    response_model=Token,
    summary="Log in (OAuth2 password flow) and receive a bearer token",
    responses={401: {"description": "Wrong username or password"}},
)
def login(form: Annotated[OAuth2PasswordRequestForm, Depends()], db: DbSession) -> Token:
    user = UserManager(db).authenticate(form.username, form.password)
    if user is None:
        raise HTTPException(
            status.HTTP_401_UNAUTHORIZED,
            detail="Incorrect username or password",
            headers={"WWW-Authenticate": "Bearer"},
        )
    return Token(access_token=create_access_token(user.id))


@router.get(
    "/me",
    response_model=UserRead,
    summary="The logged-in user",
    responses={401: {"description": "Missing or invalid bearer token"}},
)
def me(user: CurrentUser) -> UserRead:
    return UserRead.model_validate(user)
