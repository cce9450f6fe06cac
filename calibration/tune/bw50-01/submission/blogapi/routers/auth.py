from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, HTTPException, Request, status
from fastapi.security import OAuth2PasswordRequestForm
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from blogapi import ratelimit
from blogapi.deps import CurrentUser, SessionDep
from blogapi.models import User
from blogapi.schemas import ErrorOut, SignupRequest, Token, UserOut
from blogapi.security import create_access_token, hash_password, verify_password

router = APIRouter(prefix="/auth", tags=["auth"])


@router.post(
    "/signup",
    status_code=status.HTTP_201_CREATED,
    response_model=UserOut,
    summary="Create an account",
    responses={409: {"model": ErrorOut, "description": "Username not available"}},
)
def signup(payload: SignupRequest, db: SessionDep) -> User:
    user = User(username=payload.username, password_hash=hash_password(payload.password))
    db.add(user)
    try:
        db.commit()
    except IntegrityError:
        db.rollback()
        raise HTTPException(status.HTTP_409_CONFLICT, "Username not available") from None
    db.refresh(user)
    return user


@router.post(
    "/token",
    response_model=Token,
    summary="Exchange username and password for a bearer token",
    responses={
        401: {"model": ErrorOut, "description": "Bad credentials"},
        429: {"model": ErrorOut, "description": "Too many failed attempts"},
    },
)
def login(
    request: Request,
    form: Annotated[OAuth2PasswordRequestForm, Depends()],
    db: SessionDep,
) -> Token:
    username = form.username.strip().lower()
    client = request.client.host if request.client else "unknown"
    throttle_key = f"{client}|{username}"

    if ratelimit.is_locked_out(throttle_key):
        raise HTTPException(
            status.HTTP_429_TOO_MANY_REQUESTS, "Too many failed attempts, try again later"
        )

    user = db.scalar(select(User).where(User.username == username))
    if not verify_password(user.password_hash if user else None, form.password):
        ratelimit.record_failure(throttle_key)
        raise HTTPException(
            status.HTTP_401_UNAUTHORIZED,
            "Incorrect username or password",
            headers={"WWW-Authenticate": "Bearer"},
        )

    assert user is not None
    token, ttl = create_access_token(user.id)
    return Token(access_token=token, expires_in=ttl)


@router.get(
    "/me",
    response_model=UserOut,
    summary="The authenticated user",
    responses={401: {"model": ErrorOut}},
)
def me(user: CurrentUser) -> User:
    return user
