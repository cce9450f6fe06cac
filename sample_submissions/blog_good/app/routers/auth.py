"""Registration and JSON login. Plain `def` handlers: hashing runs in the thread pool."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, HTTPException, status

from app.models import Credentials, ErrorOut, Token, UserOut
from app.security import Accounts, get_accounts

router = APIRouter(prefix="/auth", tags=["auth"])


@router.post(
    "/register",
    response_model=UserOut,
    status_code=status.HTTP_201_CREATED,
    responses={status.HTTP_409_CONFLICT: {"model": ErrorOut, "description": "Username taken"}},
    summary="Create an account",
)
def register(body: Credentials, accounts: Annotated[Accounts, Depends(get_accounts)]) -> UserOut:
    if not accounts.register(body.username, body.password):
        raise HTTPException(status.HTTP_409_CONFLICT, detail="Username already taken")
    return UserOut(username=body.username)


@router.post(
    "/login",
    response_model=Token,
    responses={status.HTTP_401_UNAUTHORIZED: {"model": ErrorOut, "description": "Bad credentials"}},
    summary="Exchange username and password for a bearer token",
)
def login(body: Credentials, accounts: Annotated[Accounts, Depends(get_accounts)]) -> Token:
    token = accounts.login(body.username, body.password)
    if token is None:
        raise HTTPException(
            status.HTTP_401_UNAUTHORIZED,
            detail="Incorrect username or password",
            headers={"WWW-Authenticate": "Bearer"},
        )
    return Token(access_token=token)
