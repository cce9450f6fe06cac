from datetime import datetime, timedelta, timezone

import bcrypt
import jwt
from fastapi.concurrency import run_in_threadpool

from .config import Settings

# Pre-computed so unknown usernames cost one bcrypt check too (no user enumeration via timing).
_DUMMY_HASH = bcrypt.hashpw(b"dummy-password", bcrypt.gensalt(rounds=12))


def _hash(password: str, rounds: int) -> str:
    return bcrypt.hashpw(password.encode("utf-8"), bcrypt.gensalt(rounds=rounds)).decode("ascii")


def _check(password: str, password_hash: str) -> bool:
    return bcrypt.checkpw(password.encode("utf-8"), password_hash.encode("ascii"))


async def hash_password(password: str, rounds: int) -> str:
    # bcrypt is deliberately slow (~250 ms at 12 rounds); keep it off the event loop.
    return await run_in_threadpool(_hash, password, rounds)


async def verify_password(password: str, password_hash: str | None) -> bool:
    if password_hash is None:
        await run_in_threadpool(_check, password, _DUMMY_HASH.decode("ascii"))
        return False
    return await run_in_threadpool(_check, password, password_hash)


def create_access_token(user_id: int, settings: Settings) -> tuple[str, int]:
    now = datetime.now(timezone.utc)
    claims = {
        "sub": str(user_id),
        "iat": now,
        "exp": now + timedelta(seconds=settings.token_ttl_seconds),
    }
    token = jwt.encode(
        claims, settings.jwt_secret.get_secret_value(), algorithm=settings.jwt_algorithm
    )
    return token, settings.token_ttl_seconds


def decode_access_token(token: str, settings: Settings) -> int | None:
    try:
        claims = jwt.decode(
            token,
            settings.jwt_secret.get_secret_value(),
            algorithms=[settings.jwt_algorithm],
            options={"require": ["exp", "sub"]},
        )
        return int(claims["sub"])
    except (jwt.PyJWTError, ValueError):
        return None
