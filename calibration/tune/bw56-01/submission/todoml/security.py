from __future__ import annotations

import asyncio
import os
import time
from typing import Final

import jwt
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

SECRET_KEY: Final = os.environ.get("TODO_SECRET_KEY", "todoml-dev-secret-key")
ALGORITHM: Final = "HS256"
TOKEN_TTL_SECONDS: Final = int(os.environ.get("TODO_TOKEN_TTL", "3600"))

_hasher: Final = PasswordHasher()


async def hash_password(password: str) -> str:
    # argon2 is deliberately slow: keep it off the event loop.
    return await asyncio.to_thread(_hasher.hash, password)


def _verify(password_hash: str, password: str) -> bool:
    try:
        return _hasher.verify(password_hash, password)
    except (VerificationError, InvalidHashError):
        return False


async def verify_password(password_hash: str, password: str) -> bool:
    return await asyncio.to_thread(_verify, password_hash, password)


def issue_token(user_id: int, *, now: int | None = None) -> str:
    issued_at = int(time.time()) if now is None else now
    claims = {"sub": str(user_id), "iat": issued_at, "exp": issued_at + TOKEN_TTL_SECONDS}
    return jwt.encode(claims, SECRET_KEY, algorithm=ALGORITHM)


def decode_token(token: str) -> int | None:
    """`Some user_id` for a valid token, `None` otherwise."""
    try:
        claims = jwt.decode(
            token, SECRET_KEY, algorithms=[ALGORITHM], options={"require": ["exp", "sub"]}
        )
        return int(claims["sub"])
    except (jwt.PyJWTError, KeyError, ValueError):
        return None
