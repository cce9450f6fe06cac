"""Password hashing and access tokens."""

import asyncio
from datetime import UTC, datetime, timedelta

import bcrypt
import jwt

BCRYPT_MAX_BYTES = 72


class InvalidTokenError(Exception):
    pass


class PasswordHasher:
    """bcrypt in a worker thread: one hash is ~250 ms of CPU at 12 rounds, far too long
    to hold the event loop."""

    def __init__(self, rounds: int = 12) -> None:
        self._rounds = rounds

    async def hash(self, password: str) -> str:
        salt = bcrypt.gensalt(rounds=self._rounds)
        digest = await asyncio.to_thread(bcrypt.hashpw, password.encode(), salt)
        return digest.decode()

    async def verify(self, password: str, password_hash: str | None) -> bool:
        raw = password.encode()
        if password_hash is None or len(raw) > BCRYPT_MAX_BYTES:
            # spend about the same time as a real check so timing does not reveal
            # whether the username exists
            await asyncio.to_thread(bcrypt.hashpw, b"dummy", bcrypt.gensalt(rounds=self._rounds))
            return False
        return await asyncio.to_thread(bcrypt.checkpw, raw, password_hash.encode())


class TokenService:
    """HS256 JWT bearer tokens carrying the user id in `sub`."""

    def __init__(self, secret: str, algorithm: str, ttl_s: int) -> None:
        self._secret = secret
        self._algorithm = algorithm
        self.ttl_s = ttl_s

    def issue(self, user_id: int) -> str:
        now = datetime.now(UTC)
        claims = {"sub": str(user_id), "iat": now, "exp": now + timedelta(seconds=self.ttl_s)}
        return jwt.encode(claims, self._secret, algorithm=self._algorithm)

    def subject(self, token: str) -> int:
        try:
            claims = jwt.decode(
                token,
                self._secret,
                algorithms=[self._algorithm],
                options={"require": ["sub", "exp", "iat"]},
            )
            return int(claims["sub"])
        except (jwt.PyJWTError, ValueError) as exc:
            raise InvalidTokenError(str(exc)) from exc
