import asyncio
import time
from functools import lru_cache

import jwt
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from .config import settings

_ph = PasswordHasher()  # argon2id, library defaults (t=3, m=64 MiB)
_DUMMY_HASH = _ph.hash("timing-equaliser")


# Hashing is ~50 ms of CPU per call. Same rule as Unity's main thread:
# never do it on the loop thread, push it to a worker and await the result.
async def hash_password(password: str) -> str:
    return await asyncio.to_thread(_ph.hash, password)


async def verify_password(password: str, pw_hash: str | None) -> bool:
    def _check() -> bool:
        try:
            return _ph.verify(pw_hash or _DUMMY_HASH, password) and pw_hash is not None
        except (VerificationError, InvalidHashError):
            return False

    return await asyncio.to_thread(_check)


def make_token(user_id: int) -> str:
    exp = int(time.time()) + settings.token_ttl_s
    return jwt.encode({"sub": str(user_id), "exp": exp}, settings.secret, algorithm="HS256")


@lru_cache(maxsize=8192)
def _decode(token: str) -> tuple[int, int] | None:
    # HMAC + base64 + json on every request adds up; tokens repeat a lot, so cache them.
    try:
        claims = jwt.decode(token, settings.secret, algorithms=["HS256"])
        return int(claims["sub"]), int(claims["exp"])
    except (jwt.PyJWTError, KeyError, ValueError):
        return None


def user_id_from_token(token: str) -> int | None:
    hit = _decode(token)
    if hit is None:
        return None
    user_id, exp = hit
    if exp <= time.time():  # a cached token still has to expire
        return None
    return user_id
