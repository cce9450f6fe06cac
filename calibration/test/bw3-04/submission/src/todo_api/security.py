import asyncio
from datetime import datetime, timedelta, timezone

import jwt
from argon2 import PasswordHasher
from argon2.exceptions import VerifyMismatchError

from .config import ApplicationProperties


class PasswordEncoder:
    """Argon2 password encoder. Hashing is CPU-bound, so it is off-loaded to a worker thread."""

    def __init__(self) -> None:
        self._hasher = PasswordHasher()

    async def encode(self, raw_password: str) -> str:
        return await asyncio.to_thread(self._hasher.hash, raw_password)

    async def matches(self, raw_password: str, encoded_password: str) -> bool:
        try:
            return await asyncio.to_thread(self._hasher.verify, encoded_password, raw_password)
        except VerifyMismatchError:
            return False


class JwtTokenProvider:
    def __init__(self, properties: ApplicationProperties) -> None:
        self._secret = properties.jwt_secret
        self._algorithm = properties.jwt_algorithm
        self._expiration = timedelta(minutes=properties.jwt_expiration_minutes)

    def create_token(self, user_id: int) -> str:
        now = datetime.now(timezone.utc)
        claims = {"sub": str(user_id), "iat": now, "exp": now + self._expiration}
        return jwt.encode(claims, self._secret, algorithm=self._algorithm)

    def get_user_id(self, token: str) -> int | None:
        try:
            claims = jwt.decode(token, self._secret, algorithms=[self._algorithm])
            return int(claims["sub"])
        except (jwt.PyJWTError, KeyError, ValueError):
            return None
