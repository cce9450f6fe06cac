"""Password hashing and JWTs.

bcrypt is deliberately slow (that is the point), so both hashing and checking are pushed to the
threadpool instead of running on the event loop.
"""

from datetime import UTC, datetime, timedelta

import bcrypt
import jwt
from starlette.concurrency import run_in_threadpool

from blog.core.settings import get_settings

ALGORITHM = "HS256"

# Hash of a throwaway value, checked against when the username does not exist so that a failed
# login costs one bcrypt round either way and usernames cannot be enumerated by timing.
_DUMMY_HASH = bcrypt.hashpw(b"timing-equaliser", bcrypt.gensalt())


async def hash_password(raw_password: str) -> str:
    hashed: bytes = await run_in_threadpool(bcrypt.hashpw, raw_password.encode(), bcrypt.gensalt())
    return hashed.decode()


async def verify_password(raw_password: str, hashed: str | None) -> bool:
    target = hashed.encode() if hashed is not None else _DUMMY_HASH
    matches: bool = await run_in_threadpool(bcrypt.checkpw, raw_password.encode(), target)
    return matches and hashed is not None


def create_access_token(user_id: int) -> str:
    settings = get_settings()
    now = datetime.now(UTC)
    payload = {
        "sub": str(user_id),
        "iat": now,
        "exp": now + timedelta(minutes=settings.access_token_ttl_minutes),
    }
    return jwt.encode(payload, settings.secret_key.get_secret_value(), algorithm=ALGORITHM)


def decode_access_token(token: str) -> int | None:
    secret = get_settings().secret_key.get_secret_value()
    try:
        payload = jwt.decode(token, secret, algorithms=[ALGORITHM], options={"require": ["exp"]})
        return int(payload["sub"])
    except (jwt.InvalidTokenError, KeyError, ValueError):
        return None
