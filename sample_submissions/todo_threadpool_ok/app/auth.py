"""Accounts and bearer tokens in SQLite.

Hashing (PBKDF2) and sqlite3 both block, so each runs off the event loop: `register` goes
through `asyncio.to_thread`, `login` through `run_in_threadpool`, and the token check is a
plain `def` dependency, which FastAPI runs in its thread pool.
"""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import secrets
import sqlite3
from typing import Annotated

from fastapi import APIRouter, Depends, HTTPException, status
from fastapi.concurrency import run_in_threadpool
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from app.db import connect
from app.models import Credentials, ErrorOut, Token, UserOut

ITERATIONS = 150_000
FAILED_LOGIN_DELAY_S = 0.2

router = APIRouter(prefix="/auth", tags=["auth"])
bearer = HTTPBearer(auto_error=False)


def hash_password(password: str, salt: bytes) -> bytes:
    return hashlib.pbkdf2_hmac("sha256", password.encode(), salt, ITERATIONS)


def create_account(username: str, password: str) -> bool:
    salt = secrets.token_bytes(16)
    digest = hash_password(password, salt)
    try:
        with connect() as conn:
            conn.execute(
                "INSERT INTO users (username, salt, password_hash) VALUES (?, ?, ?)",
                (username, salt, digest),
            )
    except sqlite3.IntegrityError:
        return False
    return True


def issue_token(username: str, password: str) -> str | None:
    with connect() as conn:
        row = conn.execute(
            "SELECT salt, password_hash FROM users WHERE username = ?", (username,)
        ).fetchone()
        salt, expected = (row["salt"], row["password_hash"]) if row else (b"-" * 16, b"")
        if not hmac.compare_digest(hash_password(password, salt), expected) or row is None:
            return None
        token = secrets.token_urlsafe(32)
        conn.execute("INSERT INTO tokens (token, username) VALUES (?, ?)", (token, username))
    return token


@router.post("/register", response_model=UserOut, status_code=status.HTTP_201_CREATED,
             responses={409: {"model": ErrorOut, "description": "Username taken"}},
             summary="Create an account")
async def register(body: Credentials) -> UserOut:
    if not await asyncio.to_thread(create_account, body.username, body.password):
        raise HTTPException(status.HTTP_409_CONFLICT, detail="Username already taken")
    return UserOut(username=body.username)


@router.post("/login", response_model=Token,
             responses={401: {"model": ErrorOut, "description": "Bad credentials"}},
             summary="Get a bearer token")
async def login(body: Credentials) -> Token:
    token = await run_in_threadpool(issue_token, body.username, body.password)
    if token is None:
        await asyncio.sleep(FAILED_LOGIN_DELAY_S)  # slows down guessing, without blocking
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, detail="Incorrect username or password")
    return Token(access_token=token)


def current_user(
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)],
) -> str:
    row = None
    if credentials is not None:
        with connect() as conn:
            row = conn.execute(
                "SELECT username FROM tokens WHERE token = ?", (credentials.credentials,)
            ).fetchone()
    if row is None:
        raise HTTPException(
            status.HTTP_401_UNAUTHORIZED,
            detail="Not authenticated",
            headers={"WWW-Authenticate": "Bearer"},
        )
    return str(row["username"])


CurrentUser = Annotated[str, Depends(current_user)]
