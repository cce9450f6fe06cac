from __future__ import annotations

import sqlite3
from typing import Annotated

from fastapi import APIRouter, Depends, HTTPException, status
from fastapi.security import OAuth2PasswordRequestForm

from app import repository
from app.deps import Connection
from app.schemas import ErrorOut, Token, UserCreate, UserOut
from app.security import dummy_verify, hash_password, new_token, token_digest, token_expiry, verify_password

router = APIRouter(prefix="/auth", tags=["auth"])


@router.post(
    "/register",
    response_model=UserOut,
    status_code=status.HTTP_201_CREATED,
    summary="Create an account",
    responses={409: {"model": ErrorOut, "description": "Username already taken"}},
)
def register(payload: UserCreate, conn: Connection) -> UserOut:
    try:
        user_id = repository.create_user(conn, payload.username, hash_password(payload.password))
    except sqlite3.IntegrityError:
        raise HTTPException(status.HTTP_409_CONFLICT, detail="Username already taken") from None
    return UserOut(id=user_id, username=payload.username)


@router.post(
    "/token",
    response_model=Token,
    summary="Log in and obtain a bearer token",
    responses={401: {"model": ErrorOut, "description": "Wrong username or password"}},
)
def login(form: Annotated[OAuth2PasswordRequestForm, Depends()], conn: Connection) -> Token:
    user = repository.get_user_by_username(conn, form.username)
    if user is None:
        dummy_verify(form.password)
        valid = False
    else:
        valid = verify_password(form.password, user["password_hash"])
    if not valid:
        raise HTTPException(
            status_code=status.HTTP_401_UNAUTHORIZED,
            detail="Incorrect username or password",
            headers={"WWW-Authenticate": "Bearer"},
        )
    token = new_token()
    expires_at = token_expiry()
    repository.store_token(conn, token_digest(token), user["id"], expires_at)
    return Token(access_token=token, expires_at=expires_at)
