from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any, Final

import anyio.to_thread
import jwt
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

_hasher: Final = PasswordHasher()
# Verified against when the username is unknown, so that a miss costs the same
# as a wrong password and does not reveal which usernames exist.
_DUMMY_HASH: Final = _hasher.hash("placeholder password, never matches")


def _verify_sync(password_hash: str, password: str) -> bool:
    try:
        return _hasher.verify(password_hash, password)
    except (VerificationError, InvalidHashError):
        return False


async def hash_password(password: str) -> str:
    return await anyio.to_thread.run_sync(_hasher.hash, password)


async def verify_password(password: str, password_hash: str | None) -> bool:
    candidate = password_hash if password_hash is not None else _DUMMY_HASH
    matches = await anyio.to_thread.run_sync(_verify_sync, candidate, password)
    return matches and password_hash is not None


@dataclass(frozen=True, slots=True)
class TokenCodec:
    secret: str
    algorithm: str
    ttl: timedelta

    def issue(self, user_id: int, *, now: datetime | None = None) -> str:
        issued_at = now if now is not None else datetime.now(UTC)
        claims: dict[str, Any] = {
            "sub": str(user_id),
            "iat": issued_at,
            "exp": issued_at + self.ttl,
        }
        return jwt.encode(claims, self.secret, algorithm=self.algorithm)

    def subject(self, token: str) -> int | None:
        """The user id a valid token was issued for, or ``None``."""
        try:
            claims: dict[str, Any] = jwt.decode(
                token,
                self.secret,
                algorithms=[self.algorithm],
                options={"require": ["sub", "exp"]},
            )
        except jwt.PyJWTError:
            return None
        sub = claims["sub"]
        if not isinstance(sub, str) or not sub.isascii() or not sub.isdigit():
            return None
        return int(sub)
