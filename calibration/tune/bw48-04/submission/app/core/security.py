"""
Everything related to passwords and tokens lives here.

- Passwords are hashed with Argon2 (via pwdlib), a slow and salted algorithm.
  We NEVER store or return the plain password.
- Access tokens are JWTs signed with our SECRET_KEY.
"""
from datetime import datetime, timedelta, timezone

import jwt
from pwdlib import PasswordHash

from app.core.config import get_settings

# PasswordHash.recommended() gives us Argon2id with sensible parameters.
password_hash = PasswordHash.recommended()


def hash_password(plain_password: str) -> str:
    """Turn a plain password into a salted Argon2 hash."""
    return password_hash.hash(plain_password)


def verify_password(plain_password: str, hashed_password: str) -> bool:
    """Check a login attempt against the stored hash."""
    return password_hash.verify(plain_password, hashed_password)


def create_access_token(subject: str | int, expires_delta: timedelta | None = None) -> str:
    """
    Create a signed JWT.

    The "sub" (subject) claim holds the user id. JWT wants it to be a string,
    so we convert it. "exp" tells the library when the token expires.
    """
    settings = get_settings()
    expire = datetime.now(timezone.utc) + (
        expires_delta or timedelta(minutes=settings.access_token_expire_minutes)
    )
    payload = {"sub": str(subject), "exp": expire}
    return jwt.encode(payload, settings.secret_key, algorithm=settings.algorithm)


def decode_access_token(token: str) -> dict:
    """
    Verify the signature and the expiry of a token and return its claims.

    Raises jwt.InvalidTokenError (or a subclass) if anything is wrong.
    """
    settings = get_settings()
    return jwt.decode(token, settings.secret_key, algorithms=[settings.algorithm])
