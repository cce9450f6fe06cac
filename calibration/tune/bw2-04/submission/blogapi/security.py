import hashlib
import hmac
import secrets
import sqlite3
import time
from collections.abc import Iterator
from typing import Annotated

from fastapi import Depends, HTTPException, Request, status
from fastapi.security import OAuth2PasswordBearer

PBKDF2_ITERATIONS = 600_000  # OWASP 2023 recommendation for PBKDF2-HMAC-SHA256
TOKEN_TTL_SECONDS = 60 * 60

oauth2_scheme = OAuth2PasswordBearer(tokenUrl="/auth/token")


def hash_password(password: str) -> str:
    salt = secrets.token_bytes(16)
    digest = hashlib.pbkdf2_hmac("sha256", password.encode(), salt, PBKDF2_ITERATIONS)
    return f"pbkdf2_sha256${PBKDF2_ITERATIONS}${salt.hex()}${digest.hex()}"


def verify_password(password: str, stored: str) -> bool:
    try:
        algo, iterations, salt_hex, digest_hex = stored.split("$")
    except ValueError:
        return False
    if algo != "pbkdf2_sha256":
        return False
    digest = hashlib.pbkdf2_hmac(
        "sha256", password.encode(), bytes.fromhex(salt_hex), int(iterations)
    )
    return hmac.compare_digest(digest.hex(), digest_hex)


# Spent on unknown usernames so login timing doesn't leak which names exist.
DUMMY_HASH = hash_password(secrets.token_urlsafe(16))


def _token_hash(token: str) -> str:
    # Tokens are 256-bit random values, so a fast hash is enough here (no brute force possible);
    # storing only the hash means a leaked DB does not leak live sessions.
    return hashlib.sha256(token.encode()).hexdigest()


def issue_token(conn: sqlite3.Connection, user_id: int) -> str:
    token = secrets.token_urlsafe(32)
    conn.execute(
        "INSERT INTO tokens (token_hash, user_id, expires_at) VALUES (?, ?, ?)",
        (_token_hash(token), user_id, int(time.time()) + TOKEN_TTL_SECONDS),
    )
    conn.execute("DELETE FROM tokens WHERE expires_at < ?", (int(time.time()),))
    return token


def get_db(request: Request) -> Iterator[sqlite3.Connection]:
    # resolved per app instance (see create_app); sub-dependency so it is overridable
    yield from request.app.state.get_conn()


DB = Annotated[sqlite3.Connection, Depends(get_db)]


def current_user(token: Annotated[str, Depends(oauth2_scheme)], conn: DB) -> sqlite3.Row:
    row = conn.execute(
        """SELECT u.id, u.username FROM tokens t JOIN users u ON u.id = t.user_id
           WHERE t.token_hash = ? AND t.expires_at >= ?""",
        (_token_hash(token), int(time.time())),
    ).fetchone()
    if row is None:
        raise HTTPException(
            status_code=status.HTTP_401_UNAUTHORIZED,
            detail="Invalid or expired token",
            headers={"WWW-Authenticate": "Bearer"},
        )
    return row


CurrentUser = Annotated[sqlite3.Row, Depends(current_user)]
