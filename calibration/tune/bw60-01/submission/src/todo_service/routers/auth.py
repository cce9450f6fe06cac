from typing import Annotated

from fastapi import APIRouter, Depends, HTTPException, status
from fastapi.security import OAuth2PasswordRequestForm
from sqlalchemy.exc import IntegrityError

from todo_service.deps import CurrentUser, SettingsDep, UserRepoDep
from todo_service.models import User
from todo_service.schemas import Credentials, ErrorMessage, Token, UserRead
from todo_service.security import (
    DUMMY_HASH,
    create_access_token,
    hash_password,
    verify_password,
)

router = APIRouter(prefix="/auth", tags=["auth"])

USERNAME_TAKEN = "Username is already taken"


@router.post(
    "/signup",
    response_model=UserRead,
    status_code=status.HTTP_201_CREATED,
    summary="Create an account",
    responses={status.HTTP_409_CONFLICT: {"model": ErrorMessage, "description": USERNAME_TAKEN}},
)
async def signup(body: Credentials, users: UserRepoDep) -> User:
    if await users.by_username(body.username) is not None:
        raise HTTPException(status.HTTP_409_CONFLICT, USERNAME_TAKEN)
    user = User(username=body.username, password_hash=await hash_password(body.password))
    try:
        return await users.save(user)
    except IntegrityError:
        # lost a race with a concurrent signup for the same name
        await users.rollback()
        raise HTTPException(status.HTTP_409_CONFLICT, USERNAME_TAKEN) from None


@router.post(
    "/token",
    response_model=Token,
    summary="Log in with the OAuth2 password flow and get a bearer token",
    responses={status.HTTP_401_UNAUTHORIZED: {"model": ErrorMessage}},
)
async def login(
    form: Annotated[OAuth2PasswordRequestForm, Depends()],
    users: UserRepoDep,
    settings: SettingsDep,
) -> Token:
    user = await users.by_username(form.username)
    password_ok = await verify_password(
        form.password, user.password_hash if user is not None else DUMMY_HASH
    )
    if user is None or not password_ok:
        raise HTTPException(
            status_code=status.HTTP_401_UNAUTHORIZED,
            detail="Incorrect username or password",
            headers={"WWW-Authenticate": "Bearer"},
        )
    return Token(access_token=create_access_token(user.id, settings))


@router.get(
    "/me",
    response_model=UserRead,
    summary="The account the token belongs to",
    responses={status.HTTP_401_UNAUTHORIZED: {"model": ErrorMessage}},
)
async def me(user: CurrentUser) -> User:
    return user
