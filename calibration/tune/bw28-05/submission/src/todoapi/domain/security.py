import asyncio
from datetime import UTC, datetime, timedelta

import bcrypt
import jwt

BCRYPT_MAX_BYTES = 72


class PasswordHasher:
    """bcrypt is deliberately slow (~250 ms at 12 rounds), so it runs in a worker thread
    and never on the event loop."""

    def __init__(self, rounds: int) -> None:
        self._rounds = rounds
        # Used to spend the same time on unknown usernames as on wrong passwords.
        self._dummy_hash = bcrypt.hashpw(b"dummy-password", bcrypt.gensalt(rounds))

    async def hash(self, password: str) -> str:
        salt = bcrypt.gensalt(self._rounds)
        hashed = await asyncio.to_thread(bcrypt.hashpw, password.encode(), salt)
        return hashed.decode()

    async def verify(self, password: str, password_hash: str | None) -> bool:
        raw = password.encode()
        if len(raw) > BCRYPT_MAX_BYTES:
            return False
        target = password_hash.encode() if password_hash else self._dummy_hash
        matches = await asyncio.to_thread(bcrypt.checkpw, raw, target)
        return matches and password_hash is not None


class TokenService:
    def __init__(self, secret: str, algorithm: str, ttl: timedelta) -> None:
        self._secret = secret
        self._algorithm = algorithm
        self._ttl = ttl

    @property
    def ttl_seconds(self) -> int:
        return int(self._ttl.total_seconds())

    def issue(self, user_id: int) -> str:
        now = datetime.now(UTC)
        claims = {"sub": str(user_id), "iat": now, "exp": now + self._ttl}
        return jwt.encode(claims, self._secret, algorithm=self._algorithm)

    def subject(self, token: str) -> int | None:
        """Returns the user id, or None for any invalid / expired / tampered token."""
        try:
            claims = jwt.decode(
                token,
                self._secret,
                algorithms=[self._algorithm],
                options={"require": ["sub", "exp"]},
            )
            return int(claims["sub"])
        except (jwt.PyJWTError, ValueError):
            return None
