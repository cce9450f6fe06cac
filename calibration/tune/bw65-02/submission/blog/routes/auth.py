from typing import Annotated

from fastapi import APIRouter, Depends, HTTPException, status
from fastapi.concurrency import run_in_threadpool
from fastapi.security import OAuth2PasswordRequestForm

from blog.db import DB
from blog.deps import CurrentUser
from blog.schemas import ErrorOut, Token, UserCreate, UserOut
from blog.security import create_access_token, hash_password, verify_password
from blog.services import users as users_service

router = APIRouter(prefix="/auth", tags=["auth"])


@router.post(
    "/signup",
    response_model=UserOut,
    status_code=status.HTTP_201_CREATED,
    summary="Create an account",
    responses={409: {"model": ErrorOut, "description": "Username already taken"}},
)
async def signup(payload: UserCreate, db: DB) -> UserOut:
    password_hash = await run_in_threadpool(hash_password, payload.password)
    user = await users_service.create(db, payload.username, password_hash)
    if user is None:
        raise HTTPException(status.HTTP_409_CONFLICT, "Username already taken")
    return UserOut(**user)


@router.post(
    "/login",
    response_model=Token,
    summary="Log in with the OAuth2 password flow (form data)",
    responses={401: {"model": ErrorOut, "description": "Wrong username or password"}},
)
async def login(form: Annotated[OAuth2PasswordRequestForm, Depends()], db: DB) -> Token:
    user = await users_service.get_by_username(db, form.username)
    if user is None or not await run_in_threadpool(
        verify_password, form.password, user["password_hash"]
    ):
        raise HTTPException(
            status.HTTP_401_UNAUTHORIZED,
            "Incorrect username or password",
            headers={"WWW-Authenticate": "Bearer"},
        )
    return Token(access_token=create_access_token(user["id"], user["username"]))


@router.get(
    "/me",
    response_model=UserOut,
    summary="The logged-in user",
    responses={401: {"model": ErrorOut, "description": "Missing or invalid token"}},
)
async def me(current_user: CurrentUser) -> UserOut:
    return current_user
