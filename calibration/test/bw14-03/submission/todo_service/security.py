"""Password hashing and access tokens.

Passwords
    Hashed with **bcrypt** (cost factor 12, per-password random salt). bcrypt
    only looks at the first 72 bytes of its input; longer passwords are
    rejected at the schema level (see ``UserCreate``).

Tokens
    Stateless **JWT** access tokens signed with HMAC-SHA256. The ``sub`` claim
    holds the user id, ``exp`` the expiry. There is no refresh token; clients
    log in again when the token expires.
"""

from datetime import datetime, timedelta, timezone
from typing import Optional

import bcrypt
import jwt

from .config import Settings

BCRYPT_ROUNDS = 12


def hash_password(plain: str) -> str:
    """Hash a password for storage.

    Args:
        plain: The password as typed by the user.

    Returns:
        The bcrypt hash as an ASCII string (includes algorithm, cost and salt).
    """
    return bcrypt.hashpw(plain.encode("utf-8"), bcrypt.gensalt(BCRYPT_ROUNDS)).decode("ascii")


def verify_password(plain: str, hashed: str) -> bool:
    """Check a password against a stored bcrypt hash in constant time.

    Args:
        plain: Candidate password.
        hashed: Value previously returned by :func:`hash_password`.

    Returns:
        ``True`` if the password matches.
    """
    return bcrypt.checkpw(plain.encode("utf-8"), hashed.encode("ascii"))


def create_access_token(user_id: int, settings: Settings) -> str:
    """Issue a signed access token for ``user_id``.

    Args:
        user_id: Primary key of the authenticated user.
        settings: Application settings (secret, algorithm, lifetime).

    Returns:
        The encoded JWT.
    """
    now = datetime.now(timezone.utc)
    claims = {
        "sub": str(user_id),
        "iat": now,
        "exp": now + timedelta(minutes=settings.token_ttl_minutes),
    }
    return jwt.encode(claims, settings.jwt_secret, algorithm=settings.jwt_algorithm)


def decode_access_token(token: str, settings: Settings) -> Optional[int]:
    """Validate a token and extract the user id.

    Args:
        token: The raw bearer token.
        settings: Application settings.

    Returns:
        The user id, or ``None`` if the token is malformed, has a bad
        signature or has expired.
    """
    try:
        claims = jwt.decode(token, settings.jwt_secret, algorithms=[settings.jwt_algorithm])
        return int(claims["sub"])
    except (jwt.PyJWTError, KeyError, ValueError):
        return None
