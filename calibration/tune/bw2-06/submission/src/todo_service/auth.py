import hashlib
import secrets
import sqlite3
import time
from typing import Annotated

import aiosqlite
import bcrypt
from fastapi import APIRouter, Depends, HTTPException, status
from fastapi.security import (
    HTTPAuthorizationCredentials,
    HTTPBasic,
    HTTPBasicCredentials,
    HTTPBearer,
)

from .config import settings
from .db import get_db
from .schemas import RegisterIn, TokenOut, UserOut

router = APIRouter(prefix="/auth", tags=["auth"])

basic = HTTPBasic(auto_error=False)
bearer = HTTPBearer(auto_error=False)

Db = Annotated[aiosqlite.Connection, Depends(get_db)]

# Used when the username does not exist, so both branches cost one bcrypt check.
_DUMMY_HASH = bcrypt.hashpw(b"dummy-password", bcrypt.gensalt(rounds=settings.bcrypt_rounds))


def _unauthorized(detail: str, scheme: str) -> HTTPException:
    return HTTPException(
        status_code=status.HTTP_401_UNAUTHORIZED,
        detail=detail,
        headers={"WWW-Authenticate": scheme},
    )


def _sha256(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


@router.post("/register", response_model=UserOut, status_code=status.HTTP_201_CREATED)
async def register(body: RegisterIn, db: Db) -> UserOut:
    pw_hash = bcrypt.hashpw(body.password.encode(), bcrypt.gensalt(rounds=settings.bcrypt_rounds))
    try:
        cur = await db.execute(
            "INSERT INTO users (username, password_hash) VALUES (?, ?)",
            (body.username, pw_hash),
        )
        await db.commit()
    except sqlite3.IntegrityError:
        raise HTTPException(status.HTTP_409_CONFLICT, "username already registered") from None
    return UserOut(id=cur.lastrowid, username=body.username)


@router.post(
    "/token",
    response_model=TokenOut,
    summary="Exchange HTTP Basic credentials for a bearer token",
)
async def token(
    creds: Annotated[HTTPBasicCredentials | None, Depends(basic)], db: Db
) -> TokenOut:
    if creds is None:
        raise _unauthorized("credentials required", "Basic")
    cur = await db.execute(
        "SELECT id, password_hash FROM users WHERE username = ?", (creds.username,)
    )
    row = await cur.fetchone()
    stored = row["password_hash"] if row else _DUMMY_HASH
    valid = bcrypt.checkpw(creds.password.encode(), stored)
    if row is None or not valid:
        raise _unauthorized("invalid username or password", "Basic")

    raw = secrets.token_urlsafe(32)
    now = int(time.time())
    await db.execute("DELETE FROM sessions WHERE expires_at < ?", (now,))
    await db.execute(
        "INSERT INTO sessions (token_sha256, user_id, expires_at) VALUES (?, ?, ?)",
        (_sha256(raw), row["id"], now + settings.token_ttl_seconds),
    )
    await db.commit()
    return TokenOut(access_token=raw, expires_in=settings.token_ttl_seconds)


async def current_user_id(
    creds: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)], db: Db
) -> int:
    if creds is None or creds.scheme.lower() != "bearer":
        raise _unauthorized("bearer token required", "Bearer")
    cur = await db.execute(
        "SELECT user_id FROM sessions WHERE token_sha256 = ? AND expires_at >= ?",
        (_sha256(creds.credentials), int(time.time())),
    )
    row = await cur.fetchone()
    if row is None:
        raise _unauthorized("invalid or expired token", "Bearer")
    return int(row["user_id"])


UserId = Annotated[int, Depends(current_user_id)]
