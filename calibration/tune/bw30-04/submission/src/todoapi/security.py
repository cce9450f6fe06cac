"""Password hashing and tokens. Hashing is CPU-bound, so it runs off the event loop."""
import asyncio
from datetime import datetime, timedelta
from typing import Literal

import jwt
from argon2 import PasswordHasher
from argon2.exceptions import VerificationError

from .result import Err, Ok, Result

ALGORITHM = "HS256"
TokenError = Literal["invalid_token"]

_hasher = PasswordHasher()


async def hash_password(password: str) -> str:
    return await asyncio.to_thread(_hasher.hash, password)


async def verify_password(password_hash: str, password: str) -> bool:
    def check() -> bool:
        try:
            return _hasher.verify(password_hash, password)
        except VerificationError:
            return False

    return await asyncio.to_thread(check)


def issue_token(secret: str, ttl_seconds: int, user_id: int, now: datetime) -> str:
    claims = {"sub": str(user_id), "iat": now, "exp": now + timedelta(seconds=ttl_seconds)}
    return jwt.encode(claims, secret, algorithm=ALGORITHM)


def read_token(secret: str, token: str) -> Result[int, TokenError]:
    try:
        claims = jwt.decode(token, secret, algorithms=[ALGORITHM], options={"require": ["sub", "exp"]})
    except jwt.PyJWTError:
        return Err("invalid_token")
    match claims.get("sub"):
        case str(sub) if sub.isdigit():
            return Ok(int(sub))
        case _:
            return Err("invalid_token")
