"""Password hashing (argon2id) and access tokens (HS256 JWT)."""

from __future__ import annotations

import asyncio
import time
import uuid
from collections.abc import Callable
from uuid import UUID

import jwt
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

_ALGORITHM = "HS256"


class PasswordService:
    """argon2id hashing, always executed in a worker thread so the event loop stays free."""

    def __init__(self, hasher: PasswordHasher | None = None) -> None:
        self._hasher = hasher or PasswordHasher()
        # Verified against when the username does not exist, so that "unknown user" and
        # "wrong password" cost the same and cannot be told apart by timing.
        self._dummy_hash = self._hasher.hash(uuid.uuid4().hex)

    async def hash(self, password: str) -> str:
        return await asyncio.to_thread(self._hasher.hash, password)

    async def verify(self, password_hash: str | None, password: str) -> bool:
        return await asyncio.to_thread(self._verify_blocking, password_hash, password)

    def _verify_blocking(self, password_hash: str | None, password: str) -> bool:
        try:
            matched = self._hasher.verify(password_hash or self._dummy_hash, password)
        except (VerificationError, InvalidHashError):
            return False
        return matched and password_hash is not None


class TokenService:
    def __init__(
        self,
        secret: str,
        issuer: str,
        ttl_seconds: int,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self._secret = secret
        self._issuer = issuer
        self.ttl_seconds = ttl_seconds
        self._clock = clock

    def issue(self, user_id: UUID) -> str:
        now = int(self._clock())
        claims = {
            "sub": str(user_id),
            "iss": self._issuer,
            "iat": now,
            "exp": now + self.ttl_seconds,
            "jti": uuid.uuid4().hex,
        }
        return jwt.encode(claims, self._secret, algorithm=_ALGORITHM)

    def subject(self, token: str) -> UUID | None:
        """The user id of a valid, unexpired token issued by us; None for anything else."""
        try:
            claims = jwt.decode(
                token,
                self._secret,
                algorithms=[_ALGORITHM],
                issuer=self._issuer,
                options={"require": ["sub", "iss", "iat", "exp"]},
            )
        except jwt.PyJWTError:
            return None
        try:
            return UUID(str(claims["sub"]))
        except ValueError:
            return None
