"""Password hashing and JWT handling.

bcrypt is deliberately slow, so the async wrappers push it onto a worker thread instead of
running it on the event loop.
"""

from datetime import datetime, timedelta, timezone
from uuid import UUID

import bcrypt
import jwt
from anyio import to_thread

from todo_service.config import Settings

BCRYPT_ROUNDS = 12


def _hash(plain: str) -> str:
    return bcrypt.hashpw(plain.encode(), bcrypt.gensalt(rounds=BCRYPT_ROUNDS)).decode()


def _verify(plain: str, hashed: str) -> bool:
    return bcrypt.checkpw(plain.encode(), hashed.encode())


# Used when the username does not exist, so a failed login costs the same either way.
DUMMY_HASH = _hash("not-a-real-password")


async def hash_password(plain: str) -> str:
    return await to_thread.run_sync(_hash, plain)


async def verify_password(plain: str, hashed: str) -> bool:
    return await to_thread.run_sync(_verify, plain, hashed)


def create_access_token(subject: UUID, settings: Settings) -> str:
    now = datetime.now(timezone.utc)
    claims = {
        "sub": str(subject),
        "iat": now,
        "exp": now + timedelta(minutes=settings.access_token_ttl_minutes),
    }
    return jwt.encode(claims, settings.jwt_secret, algorithm=settings.jwt_algorithm)


def decode_access_token(token: str, settings: Settings) -> UUID | None:
    """Returns the user id, or None for anything that is not a valid, unexpired token."""
    try:
        claims = jwt.decode(token, settings.jwt_secret, algorithms=[settings.jwt_algorithm])
        return UUID(str(claims["sub"]))
    except (jwt.PyJWTError, KeyError, ValueError):
        return None
