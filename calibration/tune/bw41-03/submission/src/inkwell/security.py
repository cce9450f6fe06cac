"""Password hashing (Argon2id) and access tokens (JWT, HS256).

Both hashing and verification are deliberately slow. They are only called from plain
``def`` handlers, which FastAPI runs in its threadpool, never from ``async def`` code.
"""

from __future__ import annotations

from datetime import UTC, datetime

import jwt
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from inkwell.config import Settings

ALGORITHM = "HS256"

_hasher = PasswordHasher()

# Verified against when a login names an unknown user, so that response time does not
# reveal whether a username exists.
_DUMMY_HASH = _hasher.hash("inkwell-dummy-password")


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def verify_password(password_hash: str | None, password: str) -> bool:
    """Check ``password`` against ``password_hash`` in roughly constant time.

    Pass ``None`` for an unknown user; the dummy hash is verified instead and the
    result is always ``False``.
    """
    try:
        matched = _hasher.verify(password_hash or _DUMMY_HASH, password)
    except (VerificationError, InvalidHashError):
        return False
    return matched and password_hash is not None


def needs_rehash(password_hash: str) -> bool:
    """True when the hash was made with weaker parameters than the current defaults."""
    return _hasher.check_needs_rehash(password_hash)


def create_access_token(user_id: int, settings: Settings, *, now: datetime | None = None) -> str:
    issued_at = now or datetime.now(UTC)
    claims = {"sub": str(user_id), "iat": issued_at, "exp": issued_at + settings.token_ttl}
    return jwt.encode(claims, settings.secret_key, algorithm=ALGORITHM)


def decode_access_token(token: str, settings: Settings) -> int | None:
    """Return the user id carried by a valid, unexpired token, else ``None``."""
    try:
        claims = jwt.decode(
            token, settings.secret_key, algorithms=[ALGORITHM], options={"require": ["exp", "sub"]}
        )
        return int(claims["sub"])
    except (jwt.PyJWTError, ValueError):
        return None
