from __future__ import annotations

import asyncio
import secrets
from typing import Annotated

from fastapi import APIRouter, Depends, HTTPException, Request, status
from fastapi.security import OAuth2PasswordRequestForm
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from app.config import settings
from app.deps import DbSession, client_ip
from app.models import User
from app.ratelimit import LoginLimiter
from app.schemas import ErrorOut, Token, UserCreate, UserOut
from app.security import create_access_token, hash_password, verify_password

router = APIRouter(prefix="/auth", tags=["auth"])

login_limiter = LoginLimiter(settings.login_max_attempts, settings.login_window_seconds)


@router.post(
    "/register",
    status_code=status.HTTP_201_CREATED,
    response_model=UserOut,
    summary="Create an account",
    responses={409: {"model": ErrorOut, "description": "username unavailable"}},
)
def register(body: UserCreate, db: DbSession) -> User:
    user = User(username=body.username, password_hash=hash_password(body.password))
    db.add(user)
    try:
        db.commit()
    except IntegrityError:
        db.rollback()
        raise HTTPException(status.HTTP_409_CONFLICT, "username unavailable") from None
    return user


@router.post(
    "/token",
    response_model=Token,
    summary="OAuth2 password flow: exchange credentials for a bearer JWT",
    responses={
        401: {"model": ErrorOut, "description": "invalid credentials"},
        429: {"model": ErrorOut, "description": "too many failed attempts"},
    },
)
async def login(
    request: Request,
    form: Annotated[OAuth2PasswordRequestForm, Depends()],
    db: DbSession,
) -> Token:
    key = f"{client_ip(request)}|{form.username.lower()}"
    if login_limiter.blocked(key):
        raise HTTPException(
            status.HTTP_429_TOO_MANY_REQUESTS,
            "too many failed attempts, try again later",
            headers={"Retry-After": str(settings.login_window_seconds)},
        )

    # small random delay to blur response timing
    await asyncio.sleep(secrets.randbelow(settings.login_jitter_ms + 1) / 1000)

    user = db.scalar(select(User).where(User.username == form.username))
    ok = verify_password(form.password, user.password_hash if user else None)
    if user is None or not ok:
        login_limiter.fail(key)
        raise HTTPException(
            status.HTTP_401_UNAUTHORIZED,
            "invalid username or password",
            headers={"WWW-Authenticate": "Bearer"},
        )

    login_limiter.reset(key)
    return Token(
        access_token=create_access_token(user.id),
        expires_in=settings.access_token_minutes * 60,
    )
