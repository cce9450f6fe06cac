"""Driven adapters for hashing, tokens and time."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta
from uuid import UUID

import bcrypt
import jwt


class BcryptPasswordHasher:
    def __init__(self, rounds: int = 12) -> None:
        self._rounds = rounds

    async def hash(self, password: str) -> str:
        # bcrypt is deliberately slow (~250 ms at 12 rounds): keep it off the event loop
        salt = bcrypt.gensalt(rounds=self._rounds)
        hashed = await asyncio.to_thread(bcrypt.hashpw, password.encode(), salt)
        return hashed.decode()

    async def verify(self, password: str, password_hash: str) -> bool:
        return await asyncio.to_thread(bcrypt.checkpw, password.encode(), password_hash.encode())


class JwtTokenService:
    def __init__(self, secret: str, ttl: timedelta, algorithm: str = "HS256") -> None:
        self._secret = secret
        self._ttl = ttl
        self._algorithm = algorithm

    def issue(self, user_id: UUID) -> str:
        now = datetime.now(UTC)
        return jwt.encode({"sub": str(user_id), "iat": now, "exp": now + self._ttl}, self._secret, self._algorithm)

    def subject(self, token: str) -> UUID | None:
        try:
            claims = jwt.decode(token, self._secret, algorithms=[self._algorithm], options={"require": ["exp", "sub"]})
            return UUID(claims["sub"])
        except (jwt.PyJWTError, ValueError):
            return None


class SystemClock:
    def now(self) -> datetime:
        return datetime.now(UTC)
