"""Password hashing (argon2id) and opaque session tokens."""

import hashlib
import secrets
import sqlite3
from datetime import UTC, datetime, timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerifyMismatchError

_hasher = PasswordHasher()  # argon2id with the library's current recommended parameters

# Verifying against this keeps the response time of "unknown user" close to "wrong password".
_DUMMY_HASH = _hasher.hash("dummy-password-for-timing")


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def verify_password(password: str, password_hash: str | None) -> bool:
    try:
        return _hasher.verify(password_hash or _DUMMY_HASH, password) and password_hash is not None
    except (VerifyMismatchError, InvalidHashError):
        return False


def _digest(token: str) -> str:
    # Only a digest of the token is stored, so a leaked database does not leak live sessions.
    return hashlib.sha256(token.encode()).hexdigest()


def issue_token(conn: sqlite3.Connection, user_id: int, ttl: timedelta) -> str:
    token = secrets.token_urlsafe(32)
    expires_at = (datetime.now(UTC) + ttl).isoformat()
    with conn:
        conn.execute(
            "INSERT INTO sessions (token_hash, user_id, expires_at) VALUES (?, ?, ?)",
            (_digest(token), user_id, expires_at),
        )
    return token


def user_id_for_token(conn: sqlite3.Connection, token: str) -> int | None:
    row = conn.execute(
        "SELECT user_id FROM sessions WHERE token_hash = ? AND expires_at > ?",
        (_digest(token), datetime.now(UTC).isoformat()),
    ).fetchone()
    return None if row is None else int(row["user_id"])


def revoke_token(conn: sqlite3.Connection, token: str) -> None:
    with conn:
        conn.execute("DELETE FROM sessions WHERE token_hash = ?", (_digest(token),))
