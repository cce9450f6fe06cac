"""Sign-up and token issuance (OAuth2 password flow, bearer JWT)."""

import logging
from typing import Annotated

from fastapi import APIRouter, Depends, HTTPException, status
from fastapi.security import OAuth2PasswordRequestForm
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from blogapi.deps import CurrentUser, SessionDep, SettingsDep
from blogapi.models import User
from blogapi.schemas import ErrorOut, Token, UserCreate, UserOut
from blogapi.security import create_access_token, hash_password, verify_password

router = APIRouter(prefix="/auth", tags=["auth"])
audit = logging.getLogger("blogapi.audit")


@router.post(
    "/signup",
    response_model=UserOut,
    status_code=status.HTTP_201_CREATED,
    summary="Create an account",
    responses={409: {"model": ErrorOut, "description": "Username already taken"}},
)
async def signup(payload: UserCreate, session: SessionDep) -> User:
    user = User(username=payload.username, password_hash=await hash_password(payload.password))
    session.add(user)
    try:
        await session.commit()
    except IntegrityError:
        await session.rollback()
        raise HTTPException(status.HTTP_409_CONFLICT, "Username already taken") from None
    await session.refresh(user)
    audit.info("user.created id=%s", user.id)
    return user


@router.post(
    "/token",
    response_model=Token,
    summary="Log in and obtain a bearer token",
    responses={401: {"model": ErrorOut, "description": "Invalid credentials"}},
)
async def issue_token(
    form: Annotated[OAuth2PasswordRequestForm, Depends()],
    session: SessionDep,
    settings: SettingsDep,
) -> Token:
    user = await session.scalar(select(User).where(User.username == form.username.strip()))
    if not await verify_password(user.password_hash if user else None, form.password):
        audit.info("login.failed")
        raise HTTPException(
            status.HTTP_401_UNAUTHORIZED,
            "Incorrect username or password",
            headers={"WWW-Authenticate": "Bearer"},
        )
    assert user is not None
    token, expires_in = create_access_token(user.id, settings)
    audit.info("login.succeeded user_id=%s", user.id)
    return Token(access_token=token, expires_in=expires_in)


@router.get(
    "/me",
    response_model=UserOut,
    summary="The account behind the current token",
    responses={401: {"model": ErrorOut}},
)
async def me(user: CurrentUser) -> User:
    return user
