"""Password hashing (Argon2id) and access tokens (JWT, HMAC)."""

from datetime import UTC, datetime, timedelta
from typing import Final

import jwt
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

from quill.schemas import UserId
from quill.settings import Settings

_hasher: Final = PasswordHasher()

# Verified against when the username is unknown so that both branches cost the same.
_DUMMY_HASH: Final[str] = _hasher.hash("not-a-real-password")


class InvalidTokenError(Exception):
    """The bearer token is missing a claim, expired, or not ours."""


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def verify_password(password_hash: str | None, password: str) -> bool:
    try:
        _hasher.verify(password_hash or _DUMMY_HASH, password)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False
    # ``verify`` raises on mismatch; reaching here with the dummy hash still means "no".
    return password_hash is not None


def create_access_token(
    user_id: UserId, settings: Settings, *, now: datetime | None = None
) -> tuple[str, int]:
    issued_at = now or datetime.now(UTC)
    ttl = timedelta(minutes=settings.access_token_ttl_minutes)
    claims: dict[str, str | int] = {
        "sub": str(user_id),
        "iat": int(issued_at.timestamp()),
        "exp": int((issued_at + ttl).timestamp()),
    }
    token = jwt.encode(
        claims, settings.secret_key.get_secret_value(), algorithm=settings.jwt_algorithm
    )
    return token, int(ttl.total_seconds())


def decode_access_token(token: str, settings: Settings) -> UserId:
    try:
        claims = jwt.decode(
            token,
            settings.secret_key.get_secret_value(),
            algorithms=[settings.jwt_algorithm],
            options={"require": ["sub", "exp"]},
        )
    except jwt.PyJWTError as exc:
        raise InvalidTokenError(str(exc)) from exc
    subject = claims.get("sub")
    if not isinstance(subject, str) or not subject.isdigit():
        raise InvalidTokenError("malformed subject")
    return UserId(int(subject))
