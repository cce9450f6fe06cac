import hashlib
import secrets
import sqlite3
import time
from typing import Annotated

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from fastapi import Depends, HTTPException, status
from fastapi.security import OAuth2PasswordBearer

from .config import settings
from .db import get_db

# argon2id, RFC 9106 "low memory" profile
_hasher = PasswordHasher(time_cost=3, memory_cost=64 * 1024, parallelism=4)

# Verified against when the username does not exist, so timing does not reveal valid usernames.
_DUMMY_HASH = _hasher.hash(secrets.token_urlsafe(16))

oauth2_scheme = OAuth2PasswordBearer(tokenUrl="/auth/token", auto_error=False)

_UNAUTHORIZED = HTTPException(
    status_code=status.HTTP_401_UNAUTHORIZED,
    detail="Not authenticated",
    headers={"WWW-Authenticate": "Bearer"},
)


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def verify_password(password: str, password_hash: str | None) -> bool:
    try:
        return _hasher.verify(password_hash or _DUMMY_HASH, password) and password_hash is not None
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


def token_digest(token: str) -> str:
    # Tokens are 256-bit random values, so a fast hash is sufficient: a DB leak reveals no usable token.
    return hashlib.sha256(token.encode("ascii")).hexdigest()


def issue_session(conn: sqlite3.Connection, user_id: int) -> str:
    token = secrets.token_urlsafe(32)
    expires_at = int(time.time()) + settings.session_ttl_seconds
    conn.execute(
        "INSERT INTO sessions (token_digest, user_id, expires_at) VALUES (?, ?, ?)",
        (token_digest(token), user_id, expires_at),
    )
    conn.execute("DELETE FROM sessions WHERE user_id = ? AND expires_at < ?", (user_id, int(time.time())))
    conn.commit()
    return token


def revoke_session(conn: sqlite3.Connection, token: str) -> None:
    conn.execute("DELETE FROM sessions WHERE token_digest = ?", (token_digest(token),))
    conn.commit()


async def get_current_user(
    token: Annotated[str | None, Depends(oauth2_scheme)],
    conn: Annotated[sqlite3.Connection, Depends(get_db)],
) -> sqlite3.Row:
    if not token or len(token) > 128:
        raise _UNAUTHORIZED
    row = conn.execute(
        """
        SELECT u.id, u.username FROM sessions s JOIN users u ON u.id = s.user_id
        WHERE s.token_digest = ? AND s.expires_at > ?
        """,
        (token_digest(token), int(time.time())),
    ).fetchone()
    if row is None:
        raise _UNAUTHORIZED
    return row


CurrentUser = Annotated[sqlite3.Row, Depends(get_current_user)]
