"""Password hashing and opaque session tokens."""
from __future__ import annotations

import hashlib
import secrets
from datetime import datetime, timedelta, timezone

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerifyMismatchError

_hasher = PasswordHasher()  # argon2id, library defaults

TOKEN_TTL = timedelta(hours=12)

# Verified against when the username does not exist, so both paths cost the same.
_DUMMY_HASH = _hasher.hash("not-a-real-password")


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def verify_password(password_hash: str | None, password: str) -> bool:
    try:
        return _hasher.verify(password_hash or _DUMMY_HASH, password) and password_hash is not None
    except (VerifyMismatchError, InvalidHashError):
        return False


def new_token() -> tuple[str, str, str]:
    """Returns (token for the client, hash to store, expiry)."""
    token = secrets.token_urlsafe(32)
    expires = datetime.now(timezone.utc) + TOKEN_TTL
    return token, hash_token(token), expires.isoformat(timespec="seconds")


def hash_token(token: str) -> str:
    # Tokens are 256 random bits, so a fast hash is enough; we only avoid
    # keeping usable bearer tokens in the database.
    return hashlib.sha256(token.encode()).hexdigest()
