import secrets
from datetime import datetime, timedelta

import jwt
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from starlette.concurrency import run_in_threadpool

from todo_api.config import Settings
from todo_api.db import utcnow

ALGORITHM = "HS256"
TOKEN_TYPE = "access"
# Longer inputs are refused before hashing so a login request cannot be used to burn CPU.
MAX_PASSWORD_LENGTH = 128


class PasswordService:
    """argon2id hashing. Hashing is CPU- and memory-heavy, so it runs in the thread pool."""

    def __init__(self, settings: Settings) -> None:
        self._hasher = PasswordHasher(
            time_cost=settings.argon2_time_cost,
            memory_cost=settings.argon2_memory_cost_kib,
            parallelism=settings.argon2_parallelism,
        )
        # Verified against when the username does not exist, so that unknown users
        # and wrong passwords take the same time to answer.
        self._dummy_hash = self._hasher.hash(secrets.token_urlsafe(16))

    async def hash(self, password: str) -> str:
        return await run_in_threadpool(self._hasher.hash, password)

    async def verify(self, password_hash: str | None, password: str) -> bool:
        if len(password) > MAX_PASSWORD_LENGTH:
            return False
        target = password_hash if password_hash is not None else self._dummy_hash
        try:
            await run_in_threadpool(self._hasher.verify, target, password)
        except (VerificationError, InvalidHashError):
            return False
        return password_hash is not None

    def needs_rehash(self, password_hash: str) -> bool:
        return self._hasher.check_needs_rehash(password_hash)


class TokenService:
    """Short-lived HS256 access tokens. The algorithm is pinned on decode."""

    def __init__(self, settings: Settings) -> None:
        if settings.jwt_secret is not None:
            self._key = settings.jwt_secret.get_secret_value()
        else:
            self._key = secrets.token_urlsafe(64)
        self.ttl = timedelta(minutes=settings.access_token_ttl_minutes)

    def issue(self, user_id: int, *, now: datetime | None = None) -> str:
        issued_at = now or utcnow()
        claims = {
            "sub": str(user_id),
            "typ": TOKEN_TYPE,
            "iat": issued_at,
            "exp": issued_at + self.ttl,
            "jti": secrets.token_hex(8),
        }
        return jwt.encode(claims, self._key, algorithm=ALGORITHM)

    def user_id(self, token: str) -> int | None:
        """The user id in a valid token, or None for anything expired, forged or malformed."""
        try:
            claims = jwt.decode(
                token,
                self._key,
                algorithms=[ALGORITHM],
                options={"require": ["sub", "exp", "iat"]},
            )
        except jwt.PyJWTError:
            return None
        subject = claims.get("sub")
        if claims.get("typ") != TOKEN_TYPE or not isinstance(subject, str):
            return None
        if not (subject.isascii() and subject.isdigit()):
            return None
        return int(subject)
