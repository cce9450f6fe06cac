"""Password hashing (argon2id) and access tokens (HS256 JWT)."""

from datetime import UTC, datetime

import anyio.to_thread
import jwt
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from .config import Settings
from .domain import Password, PasswordHash, TokenError, UserId
from .result import Err, Ok, Result

_hasher = PasswordHasher()

_ALGORITHM = "HS256"


async def hash_password(password: Password) -> PasswordHash:
    digest = await anyio.to_thread.run_sync(_hasher.hash, password.expose())
    return PasswordHash(digest)


def _verify_blocking(password_hash: PasswordHash, password: Password) -> bool:
    try:
        return _hasher.verify(password_hash, password.expose())
    except (VerificationError, InvalidHashError):
        return False


async def verify_password(password_hash: PasswordHash, password: Password) -> bool:
    return await anyio.to_thread.run_sync(_verify_blocking, password_hash, password)


# Hash of a throwaway value, verified against when the username is unknown so that
# "no such user" and "wrong password" take the same time.
DUMMY_HASH = PasswordHash(_hasher.hash("not-a-real-password"))


def issue_token(user_id: UserId, settings: Settings) -> str:
    now = datetime.now(UTC)
    claims = {"sub": str(user_id), "iat": now, "exp": now + settings.token_ttl}
    return jwt.encode(claims, settings.jwt_secret, algorithm=_ALGORITHM)


def decode_token(token: str, settings: Settings) -> Result[UserId, TokenError]:
    try:
        claims = jwt.decode(
            token,
            settings.jwt_secret,
            algorithms=[_ALGORITHM],
            options={"require": ["sub", "exp"]},
        )
    except jwt.ExpiredSignatureError:
        return Err(TokenError.EXPIRED)
    except jwt.InvalidTokenError:
        return Err(TokenError.MALFORMED)

    sub = claims.get("sub")
    if not isinstance(sub, str) or not sub.isdecimal():
        return Err(TokenError.MALFORMED)
    return Ok(UserId(int(sub)))
