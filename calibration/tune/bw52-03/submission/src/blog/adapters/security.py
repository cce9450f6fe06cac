from __future__ import annotations

from datetime import UTC, datetime, timedelta

import jwt
from anyio import to_thread
from argon2 import PasswordHasher as _Argon2
from argon2.exceptions import InvalidHashError, VerificationError


class Argon2PasswordHasher:
    """argon2id. Hashing is deliberately slow, so it runs in a worker thread."""

    def __init__(self, *, time_cost: int = 3, memory_cost_kib: int = 64 * 1024) -> None:
        self._argon2 = _Argon2(time_cost=time_cost, memory_cost=memory_cost_kib)

    async def hash(self, password: str) -> str:
        return await to_thread.run_sync(self._argon2.hash, password)

    async def verify(self, password_hash: str, password: str) -> bool:
        try:
            return await to_thread.run_sync(self._argon2.verify, password_hash, password)
        except (VerificationError, InvalidHashError):
            return False


class JwtTokenService:
    algorithm = "HS256"

    def __init__(self, secret: str, ttl: timedelta, issuer: str = "blog-api") -> None:
        self._secret = secret
        self._ttl = ttl
        self._issuer = issuer

    def issue(self, user_id: int) -> str:
        now = datetime.now(UTC)
        claims = {"sub": str(user_id), "iss": self._issuer, "iat": now, "exp": now + self._ttl}
        return jwt.encode(claims, self._secret, algorithm=self.algorithm)

    def subject(self, token: str) -> int | None:
        try:
            claims = jwt.decode(
                token,
                self._secret,
                algorithms=[self.algorithm],
                issuer=self._issuer,
                options={"require": ["exp", "iat", "sub", "iss"]},
            )
        except jwt.PyJWTError:
            return None
        try:
            return int(claims["sub"])
        except (KeyError, TypeError, ValueError):
            return None
