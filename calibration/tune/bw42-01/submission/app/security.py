import asyncio
from datetime import datetime, timedelta, timezone

import bcrypt
import jwt

from app.config import AppConfig


class PasswordHasher:
    async def hash(self, password: str) -> bytes:
        # bcrypt is CPU heavy -> run it off the main loop (Dispatchers.Default)
        return await asyncio.to_thread(bcrypt.hashpw, password.encode(), bcrypt.gensalt())

    async def verify(self, password: str, hashed: bytes) -> bool:
        return await asyncio.to_thread(bcrypt.checkpw, password.encode(), hashed)


class TokenService:
    def __init__(self, config: AppConfig) -> None:
        self.config = config

    def issue(self, userId: int) -> str:
        now = datetime.now(timezone.utc)
        payload = {
            "sub": str(userId),
            "iat": now,
            "exp": now + timedelta(minutes=self.config.tokenTtlMinutes),
        }
        return jwt.encode(payload, self.config.jwtSecret, algorithm=self.config.jwtAlgorithm)

    def userIdFrom(self, token: str) -> int | None:
        try:
            payload = jwt.decode(
                token, self.config.jwtSecret, algorithms=[self.config.jwtAlgorithm]
            )
            return int(payload["sub"])
        except (jwt.InvalidTokenError, KeyError, ValueError):
            return None
