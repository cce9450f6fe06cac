from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, HTTPException, status
from fastapi.security import OAuth2PasswordRequestForm
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from todo_service.deps import CurrentUser, SessionDep, SettingsDep
from todo_service.models import User
from todo_service.schemas import ErrorDetail, Token, UserCreate, UserRead
from todo_service.security import create_access_token, hash_password, verify_password

router = APIRouter(prefix="/auth", tags=["auth"])


def _username_taken() -> HTTPException:
    return HTTPException(status.HTTP_409_CONFLICT, detail="Username is already taken")


@router.post(
    "/signup",
    status_code=status.HTTP_201_CREATED,
    response_model=UserRead,
    summary="Create an account",
    responses={409: {"model": ErrorDetail, "description": "Username is already taken"}},
)
async def signup(payload: UserCreate, session: SessionDep) -> User:
    if await session.scalar(select(User.id).where(User.username == payload.username)) is not None:
        raise _username_taken()
    user = User(username=payload.username, password_hash=await hash_password(payload.password))
    session.add(user)
    try:
        await session.commit()
    except IntegrityError:  # lost a race with a concurrent signup
        await session.rollback()
        raise _username_taken() from None
    return user


@router.post(
    "/token",
    response_model=Token,
    summary="Log in (OAuth2 password flow) and get a bearer token",
    responses={401: {"model": ErrorDetail, "description": "Wrong username or password"}},
)
async def login(
    form: Annotated[OAuth2PasswordRequestForm, Depends()], session: SessionDep, settings: SettingsDep
) -> Token:
    user = await session.scalar(select(User).where(User.username == form.username))
    password_ok = await verify_password(user.password_hash if user else None, form.password)
    if user is None or not password_ok:
        raise HTTPException(
            status.HTTP_401_UNAUTHORIZED,
            detail="Wrong username or password",
            headers={"WWW-Authenticate": "Bearer"},
        )
    return Token(
        access_token=create_access_token(user.id, settings),
        expires_in=settings.access_token_ttl_minutes * 60,
    )


@router.get(
    "/me",
    response_model=UserRead,
    summary="The account the token belongs to",
    responses={401: {"model": ErrorDetail, "description": "Missing or invalid token"}},
)
async def me(user: CurrentUser) -> User:
    return user
