from __future__ import annotations

import asyncio
from datetime import datetime, timedelta, timezone
from typing import Any

import bcrypt
import jwt

from app.config import Settings
from app.result import Err, Ok, Result, TokenError
from app.schemas import BCRYPT_MAX_BYTES

# Verified against when the username does not exist, so that a login for an
# unknown user costs the same as one with a wrong password.
_DUMMY_HASH = bcrypt.hashpw(b"not-a-real-password", bcrypt.gensalt(rounds=12)).decode("ascii")


async def hash_password(plain: str, rounds: int) -> str:
    salt = bcrypt.gensalt(rounds=rounds)
    hashed = await asyncio.to_thread(bcrypt.hashpw, plain.encode("utf-8"), salt)
    return hashed.decode("ascii")


async def verify_password(plain: str, hashed: str | None) -> bool:
    candidate = plain.encode("utf-8")
    if len(candidate) > BCRYPT_MAX_BYTES:
        return False
    target = (hashed if hashed is not None else _DUMMY_HASH).encode("ascii")
    matches = await asyncio.to_thread(bcrypt.checkpw, candidate, target)
    return matches and hashed is not None


def create_access_token(user_id: int, settings: Settings, now: datetime | None = None) -> str:
    issued_at = now if now is not None else datetime.now(timezone.utc)
    payload: dict[str, Any] = {
        "sub": str(user_id),
        "iat": issued_at,
        "exp": issued_at + timedelta(minutes=settings.access_token_ttl_minutes),
    }
    return jwt.encode(payload, settings.jwt_secret, algorithm=settings.jwt_algorithm)


def decode_access_token(token: str, settings: Settings) -> Result[int, TokenError]:
    try:
        payload = jwt.decode(token, settings.jwt_secret, algorithms=[settings.jwt_algorithm])
    except jwt.ExpiredSignatureError:
        return Err(TokenError.EXPIRED)
    except jwt.InvalidTokenError:
        return Err(TokenError.INVALID)

    subject = payload.get("sub")
    if not isinstance(subject, str) or not subject.isdigit():
        return Err(TokenError.INVALID)
    return Ok(int(subject))
