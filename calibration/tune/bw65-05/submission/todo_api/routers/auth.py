from typing import Annotated

from fastapi import APIRouter, Depends, HTTPException, status
from fastapi.security import OAuth2PasswordRequestForm

from todo_api.deps import CurrentUser, RedisDep, SettingsDep
from todo_api.repositories import users as users_repo
from todo_api.repositories.users import UserRecord
from todo_api.schemas import ErrorOut, RegisterIn, TokenOut, UserOut
from todo_api.security import create_access_token, hash_password, verify_password

router = APIRouter(prefix="/auth", tags=["auth"])


@router.post(
    "/register",
    response_model=UserOut,
    status_code=status.HTTP_201_CREATED,
    summary="Create an account",
    responses={409: {"model": ErrorOut, "description": "Username already taken"}},
)
async def register(body: RegisterIn, r: RedisDep, settings: SettingsDep) -> UserRecord:
    password_hash = await hash_password(body.password, settings.bcrypt_rounds)
    user = await users_repo.create_user(r, body.username, password_hash)
    if user is None:
        raise HTTPException(status.HTTP_409_CONFLICT, "Username already taken")
    return user


@router.post(
    "/token",
    response_model=TokenOut,
    summary="Log in with the OAuth2 password flow",
    responses={401: {"model": ErrorOut, "description": "Wrong username or password"}},
)
async def login(
    form: Annotated[OAuth2PasswordRequestForm, Depends()],
    r: RedisDep,
    settings: SettingsDep,
) -> TokenOut:
    user = await users_repo.get_user_by_username(r, form.username)
    valid = await verify_password(form.password, user["password_hash"] if user else None)
    if user is None or not valid:
        raise HTTPException(
            status_code=status.HTTP_401_UNAUTHORIZED,
            detail="Incorrect username or password",
            headers={"WWW-Authenticate": "Bearer"},
        )
    return TokenOut(access_token=create_access_token(user["id"], settings))


@router.get(
    "/me",
    response_model=UserOut,
    summary="The logged-in user",
    responses={401: {"model": ErrorOut, "description": "Missing or invalid token"}},
)
async def me(user: CurrentUser) -> UserRecord:
    return user
