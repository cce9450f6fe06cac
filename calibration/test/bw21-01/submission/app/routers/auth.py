from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, HTTPException, status
from fastapi.security import OAuth2PasswordRequestForm
from sqlalchemy import select

from app.db import SessionDep
from app.deps import SettingsDep
from app.models import User
from app.schemas import ErrorOut, Token, UserCreate, UserOut
from app.security import create_access_token, hash_password, verify_password

router = APIRouter(prefix="/auth", tags=["auth"])


@router.post(
    "/register",
    status_code=status.HTTP_201_CREATED,
    response_model=UserOut,
    summary="Create an account",
    responses={409: {"model": ErrorOut, "description": "Username already taken"}},
)
async def register(body: UserCreate, session: SessionDep, settings: SettingsDep) -> UserOut:
    existing = await session.scalar(select(User.id).where(User.username == body.username))
    if existing is not None:
        raise HTTPException(status.HTTP_409_CONFLICT, detail="Username already taken")

    user = User(
        username=body.username,
        password_hash=await hash_password(body.password, settings.bcrypt_rounds),
    )
    session.add(user)
    await session.commit()
    await session.refresh(user)
    return UserOut.model_validate(user)


@router.post(
    "/token",
    response_model=Token,
    summary="Log in and get a bearer token",
    responses={401: {"model": ErrorOut, "description": "Wrong username or password"}},
)
async def login(
    form: Annotated[OAuth2PasswordRequestForm, Depends()],
    session: SessionDep,
    settings: SettingsDep,
) -> Token:
    user = await session.scalar(select(User).where(User.username == form.username))
    stored_hash = user.password_hash if user is not None else None
    if user is None or not await verify_password(form.password, stored_hash):
        raise HTTPException(
            status_code=status.HTTP_401_UNAUTHORIZED,
            detail="Incorrect username or password",
            headers={"WWW-Authenticate": "Bearer"},
        )
    return Token(access_token=create_access_token(user.id, settings))
