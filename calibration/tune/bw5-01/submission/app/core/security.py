"""Password hashing and JWT helpers.

bcrypt is deliberately slow, so hashing/verification is pushed to the thread pool to keep
the event loop responsive.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import jwt
from passlib.context import CryptContext
from starlette.concurrency import run_in_threadpool

from app.core.config import Settings

_pwd_context = CryptContext(schemes=["bcrypt"], deprecated="auto")

# Used to keep login timing similar whether or not the username exists.
_DUMMY_HASH = _pwd_context.hash("not-a-real-password")


class InvalidTokenError(Exception):
    """Raised when a bearer token cannot be decoded or is expired."""


async def hash_password(password: str) -> str:
    return await run_in_threadpool(_pwd_context.hash, password)


async def verify_password(password: str, password_hash: str | None) -> bool:
    if password_hash is None:
        await run_in_threadpool(_pwd_context.verify, password, _DUMMY_HASH)
        return False
    return await run_in_threadpool(_pwd_context.verify, password, password_hash)


def create_access_token(subject: str, settings: Settings) -> str:
    assert settings.secret_key is not None
    now = datetime.now(UTC)
    payload: dict[str, Any] = {
        "sub": subject,
        "iat": now,
        "exp": now + timedelta(minutes=settings.access_token_expire_minutes),
    }
    return jwt.encode(
        payload, settings.secret_key.get_secret_value(), algorithm=settings.jwt_algorithm
    )


def decode_access_token(token: str, settings: Settings) -> str:
    assert settings.secret_key is not None
    try:
        payload = jwt.decode(
            token,
            settings.secret_key.get_secret_value(),
            algorithms=[settings.jwt_algorithm],
            options={"require": ["sub", "exp"]},
        )
    except jwt.PyJWTError as exc:
        raise InvalidTokenError(str(exc)) from exc
    subject = payload.get("sub")
    if not isinstance(subject, str):
        raise InvalidTokenError("token subject is missing")
    return subject
