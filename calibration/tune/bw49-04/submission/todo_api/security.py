"""Password hashing and access tokens.

bcrypt is deliberately slow (that is what makes it a good password hash), so we
run it in a worker thread instead of on the event loop.
"""
from datetime import UTC, datetime, timedelta

import bcrypt
import jwt
from fastapi.concurrency import run_in_threadpool

from todo_api.config import settings


async def hash_password(password: str) -> str:
    hashed = await run_in_threadpool(bcrypt.hashpw, password.encode(), bcrypt.gensalt())
    return hashed.decode()


async def verify_password(password: str, password_hash: str) -> bool:
    return await run_in_threadpool(bcrypt.checkpw, password.encode(), password_hash.encode())


def create_access_token(user_id: int) -> str:
    expires = datetime.now(UTC) + timedelta(minutes=settings.token_expire_minutes)
    payload = {"sub": str(user_id), "exp": expires}
    return jwt.encode(
        payload, settings.secret_key.get_secret_value(), algorithm=settings.token_algorithm
    )


def read_access_token(token: str) -> int | None:
    """Return the user id stored in a valid token, or None if the token is invalid."""
    try:
        payload = jwt.decode(
            token, settings.secret_key.get_secret_value(), algorithms=[settings.token_algorithm]
        )
        return int(payload["sub"])
    except (jwt.InvalidTokenError, KeyError, ValueError):
        return None
