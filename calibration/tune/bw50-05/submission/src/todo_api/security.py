"""Password hashing and access tokens.

Argon2id hashing is CPU- and memory-bound (tens of milliseconds), so it is
always executed in the threadpool; token signing is a single HMAC and runs inline.
"""

from datetime import UTC, datetime, timedelta

import jwt
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from starlette.concurrency import run_in_threadpool

from todo_api.settings import Settings

ALGORITHM = "HS256"

_hasher = PasswordHasher()  # argon2-cffi defaults: Argon2id, RFC 9106 low-memory profile
_DUMMY_HASH = _hasher.hash("timing-equaliser-for-unknown-users")


async def hash_password(password: str) -> str:
    return await run_in_threadpool(_hasher.hash, password)


async def verify_password(password: str, password_hash: str | None) -> bool:
    """Verify in constant work whether or not the user exists."""
    target = password_hash if password_hash is not None else _DUMMY_HASH
    try:
        matched: bool = await run_in_threadpool(_hasher.verify, target, password)
    except (VerificationError, InvalidHashError):
        return False
    return matched and password_hash is not None


def create_access_token(user_id: int, settings: Settings) -> str:
    now = datetime.now(UTC)
    claims = {
        "sub": str(user_id),
        "iat": now,
        "exp": now + timedelta(minutes=settings.access_token_ttl_minutes),
    }
    return jwt.encode(claims, settings.jwt_secret.get_secret_value(), algorithm=ALGORITHM)


def decode_access_token(token: str, settings: Settings) -> int:
    """Return the user id in the token; raise jwt.InvalidTokenError otherwise."""
    claims = jwt.decode(
        token,
        settings.jwt_secret.get_secret_value(),
        algorithms=[ALGORITHM],
        options={"require": ["sub", "exp"]},
    )
    subject = claims["sub"]
    if not isinstance(subject, str) or not subject.isdecimal():
        raise jwt.InvalidSubjectError("subject is not a user id")
    return int(subject)
