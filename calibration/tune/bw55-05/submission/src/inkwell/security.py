"""Password hashing and JWT handling. No FastAPI imports here: easy to unit-test."""

import secrets
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from enum import StrEnum

import bcrypt
import jwt

BCRYPT_MAX_BYTES = 72


class PasswordHasher:
    """bcrypt with a configurable cost. Call it from sync (threadpool) code only: it is slow
    on purpose."""

    def __init__(self, rounds: int) -> None:
        self._rounds = rounds
        # Compared against when the username does not exist, so a miss costs as much as a hit.
        self._dummy_hash = self.hash(secrets.token_urlsafe(16))

    def hash(self, password: str) -> str:
        return bcrypt.hashpw(password.encode(), bcrypt.gensalt(self._rounds)).decode()

    def verify(self, password: str, password_hash: str | None) -> bool:
        secret = password.encode()
        if len(secret) > BCRYPT_MAX_BYTES:
            # Registration never accepts these, and bcrypt>=5 raises on them.
            secret = b"overlong"
            password_hash = None
        candidate = password_hash if password_hash is not None else self._dummy_hash
        matches = bcrypt.checkpw(secret, candidate.encode())
        return matches and password_hash is not None


class TokenKind(StrEnum):
    ACCESS = "access"
    REFRESH = "refresh"


class InvalidTokenError(Exception):
    """The token is malformed, expired, forged, or of the wrong kind."""


@dataclass(frozen=True, slots=True)
class IssuedToken:
    token: str
    jti: str
    expires_at: datetime


@dataclass(frozen=True, slots=True)
class TokenClaims:
    user_id: int
    jti: str
    kind: TokenKind


class TokenService:
    def __init__(
        self,
        secret: str,
        *,
        algorithm: str,
        access_ttl: timedelta,
        refresh_ttl: timedelta,
    ) -> None:
        self._secret = secret
        self._algorithm = algorithm
        self._ttl = {TokenKind.ACCESS: access_ttl, TokenKind.REFRESH: refresh_ttl}

    @property
    def access_ttl(self) -> timedelta:
        return self._ttl[TokenKind.ACCESS]

    def issue(self, user_id: int, kind: TokenKind, *, now: datetime | None = None) -> IssuedToken:
        issued_at = now or datetime.now(UTC)
        expires_at = issued_at + self._ttl[kind]
        jti = secrets.token_urlsafe(24)
        claims = {
            "sub": str(user_id),
            "typ": kind.value,
            "jti": jti,
            "iat": issued_at,
            "exp": expires_at,
        }
        token = jwt.encode(claims, self._secret, algorithm=self._algorithm)
        return IssuedToken(token=token, jti=jti, expires_at=expires_at)

    def decode(self, token: str, expected: TokenKind) -> TokenClaims:
        try:
            claims = jwt.decode(
                token,
                self._secret,
                algorithms=[self._algorithm],
                options={"require": ["sub", "typ", "jti", "exp", "iat"]},
            )
        except jwt.PyJWTError as exc:
            raise InvalidTokenError(str(exc)) from exc

        if claims["typ"] != expected.value:
            raise InvalidTokenError(f"expected a {expected.value} token")
        subject = str(claims["sub"])
        if not subject.isdecimal():
            raise InvalidTokenError("malformed subject")
        return TokenClaims(user_id=int(subject), jti=str(claims["jti"]), kind=expected)
