"""Password hashing (bcrypt) and access tokens (HS256 JWT)."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import bcrypt
import jwt

JWT_ALGORITHM = "HS256"

# bcrypt only looks at the first 72 bytes of the input. SignupRequest rejects
# longer passwords; verify_password refuses them instead of raising.
BCRYPT_MAX_BYTES = 72


class ErrInvalidToken(Exception):
    """The token is malformed, has a bad signature or has expired."""


def hash_password(password: str, rounds: int) -> bytes:
    return bcrypt.hashpw(password.encode("utf-8"), bcrypt.gensalt(rounds=rounds))


def verify_password(password: str, password_hash: bytes) -> bool:
    raw = password.encode("utf-8")
    if len(raw) > BCRYPT_MAX_BYTES:
        return False
    return bcrypt.checkpw(raw, password_hash)


def issue_token(
    user_id: int, secret: str, ttl_seconds: int, now: datetime | None = None
) -> str:
    issued = now if now is not None else datetime.now(timezone.utc)
    claims = {
        "sub": str(user_id),
        "iat": issued,
        "exp": issued + timedelta(seconds=ttl_seconds),
    }
    return jwt.encode(claims, secret, algorithm=JWT_ALGORITHM)


def parse_token(token: str, secret: str) -> int:
    """Returns the user id carried by the token."""
    try:
        claims = jwt.decode(
            token,
            secret,
            algorithms=[JWT_ALGORITHM],
            options={"require": ["exp", "sub"]},
        )
    except jwt.PyJWTError as err:
        raise ErrInvalidToken(str(err)) from err

    try:
        return int(claims["sub"])
    except (TypeError, ValueError) as err:
        raise ErrInvalidToken("subject is not a user id") from err
