"""Adapters for password hashing, tokens and time."""

from datetime import UTC, datetime, timedelta
from uuid import UUID

import jwt
from argon2 import PasswordHasher as _Argon2
from argon2.exceptions import InvalidHashError, VerificationError

from ..domain.errors import AuthenticationError


class SystemClock:
    def now(self) -> datetime:
        return datetime.now(UTC)


class Argon2PasswordHasher:
    """argon2id with argon2-cffi's RFC 9106 'low memory' defaults."""

    def __init__(self) -> None:
        self._argon2 = _Argon2()
        self._decoy = self._argon2.hash("decoy-password-for-timing")

    def hash(self, password: str) -> str:
        return self._argon2.hash(password)

    def verify(self, password_hash: str, password: str) -> bool:
        try:
            return self._argon2.verify(password_hash, password)
        except (VerificationError, InvalidHashError):
            return False

    def verify_decoy(self, password: str) -> None:
        self.verify(self._decoy, password)


class JwtTokenService:
    ALGORITHM = "HS256"

    def __init__(self, secret: str, ttl: timedelta, issuer: str, clock: SystemClock) -> None:
        self._secret = secret
        self._ttl = ttl
        self._issuer = issuer
        self._clock = clock

    def issue(self, user_id: UUID) -> str:
        now = self._clock.now()
        claims = {"sub": str(user_id), "iss": self._issuer, "iat": now, "exp": now + self._ttl}
        return jwt.encode(claims, self._secret, algorithm=self.ALGORITHM)

    def subject(self, token: str) -> UUID:
        try:
            claims = jwt.decode(
                token,
                self._secret,
                algorithms=[self.ALGORITHM],
                issuer=self._issuer,
                options={"require": ["sub", "exp", "iss"]},
            )
            return UUID(claims["sub"])
        except (jwt.PyJWTError, ValueError, TypeError) as exc:
            raise AuthenticationError("invalid or expired token") from exc
