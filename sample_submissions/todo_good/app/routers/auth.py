"""Registration and OAuth2 password-flow login."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, HTTPException, status
from fastapi.concurrency import run_in_threadpool
from fastapi.security import OAuth2PasswordRequestForm

from app.models import ErrorOut, Token, UserCreate, UserOut
from app.security import Accounts, get_accounts

router = APIRouter(prefix="/auth", tags=["auth"])


@router.post(
    "/register",
    response_model=UserOut,
    status_code=status.HTTP_201_CREATED,
    responses={status.HTTP_409_CONFLICT: {"model": ErrorOut, "description": "Username taken"}},
    summary="Create an account",
)
async def register(
    body: UserCreate, accounts: Annotated[Accounts, Depends(get_accounts)]
) -> UserOut:
    created = await run_in_threadpool(accounts.register, body.username, body.password)
    if not created:
        raise HTTPException(status.HTTP_409_CONFLICT, detail="Username already taken")
    return UserOut(username=body.username)


@router.post(
    "/token",
    response_model=Token,
    responses={status.HTTP_401_UNAUTHORIZED: {"model": ErrorOut, "description": "Bad credentials"}},
    summary="Exchange username and password for a bearer token",
)
async def login(
    form: Annotated[OAuth2PasswordRequestForm, Depends()],
    accounts: Annotated[Accounts, Depends(get_accounts)],
) -> Token:
    token = await run_in_threadpool(accounts.login, form.username, form.password)
    if token is None:
        raise HTTPException(
            status.HTTP_401_UNAUTHORIZED,
            detail="Incorrect username or password",
            headers={"WWW-Authenticate": "Bearer"},
        )
    return Token(access_token=token)
