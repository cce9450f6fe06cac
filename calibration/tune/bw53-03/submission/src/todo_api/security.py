"""Password hashing (bcrypt) and access tokens (JWT via PyJWT)."""
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

import bcrypt
import jwt
from starlette.concurrency import run_in_threadpool


@dataclass(frozen=True, slots=True)
class PasswordHasher:
    """bcrypt wrapper. Hashing is CPU-bound by design, so it runs in the threadpool."""

    rounds: int
    dummy_hash: str

    @classmethod
    def with_rounds(cls, rounds: int) -> "PasswordHasher":
        # Used to verify against when the username does not exist (constant-ish timing).
        dummy = bcrypt.hashpw(b"not-a-real-password", bcrypt.gensalt(rounds=rounds)).decode()
        return cls(rounds=rounds, dummy_hash=dummy)

    def _hash_sync(self, password: str) -> str:
        return bcrypt.hashpw(password.encode(), bcrypt.gensalt(rounds=self.rounds)).decode()

    @staticmethod
    def _verify_sync(password: str, password_hash: str) -> bool:
        if len(password.encode()) > 72:  # cannot match anything we stored
            return False
        return bcrypt.checkpw(password.encode(), password_hash.encode())

    async def hash(self, password: str) -> str:
        return await run_in_threadpool(self._hash_sync, password)

    async def verify(self, password: str, password_hash: str) -> bool:
        return await run_in_threadpool(self._verify_sync, password, password_hash)


class InvalidToken(Exception):
    """Raised for any token that is malformed, badly signed, expired or incomplete."""


@dataclass(frozen=True, slots=True)
class TokenService:
    secret: str
    algorithm: str
    ttl: timedelta

    def issue(self, user_id: int) -> str:
        now = datetime.now(UTC)
        claims = {"sub": str(user_id), "iat": now, "exp": now + self.ttl}
        return jwt.encode(claims, self.secret, algorithm=self.algorithm)

    def subject(self, token: str) -> int:
        try:
            claims = jwt.decode(
                token,
                self.secret,
                algorithms=[self.algorithm],
                options={"require": ["sub", "exp", "iat"]},
            )
            return int(claims["sub"])
        except (jwt.PyJWTError, ValueError) as exc:
            raise InvalidToken from exc
