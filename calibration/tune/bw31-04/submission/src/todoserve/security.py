"""Password hashing and token handling.

bcrypt is deliberately slow, so hashing and verification are pushed to a worker thread to keep
the event loop responsive.
"""

from datetime import UTC, datetime, timedelta

import bcrypt
import jwt
from anyio import to_thread

from todoserve.config import Settings


class InvalidToken(Exception):
    pass


async def hash_password(password: str, rounds: int) -> str:
    salt = bcrypt.gensalt(rounds=rounds)
    hashed = await to_thread.run_sync(bcrypt.hashpw, password.encode("utf-8"), salt)
    return hashed.decode("ascii")


async def verify_password(password: str, password_hash: str) -> bool:
    return await to_thread.run_sync(
        bcrypt.checkpw, password.encode("utf-8"), password_hash.encode("ascii")
    )


def create_access_token(user_id: int, settings: Settings) -> str:
    now = datetime.now(UTC)
    payload = {
        "sub": str(user_id),
        "iat": now,
        "exp": now + timedelta(minutes=settings.access_token_minutes),
    }
    return jwt.encode(payload, settings.secret_key.get_secret_value(), settings.jwt_algorithm)


def decode_access_token(token: str, settings: Settings) -> int:
    try:
        payload = jwt.decode(
            token,
            settings.secret_key.get_secret_value(),
            algorithms=[settings.jwt_algorithm],
            options={"require": ["exp", "sub"]},
        )
        return int(payload["sub"])
    except (jwt.PyJWTError, ValueError) as exc:
        raise InvalidToken from exc
