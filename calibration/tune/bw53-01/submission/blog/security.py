"""Password hashing and JWT helpers.

Passwords use PBKDF2-SHA256 via passlib, i.e. the same algorithm Django's
default ``PBKDF2PasswordHasher`` uses.
"""
from datetime import datetime, timedelta, timezone

from jose import JWTError, jwt
from passlib.context import CryptContext

from blog.settings import get_settings

pwd_context = CryptContext(schemes=["pbkdf2_sha256"], deprecated="auto")


def make_password(raw_password: str) -> str:
    return pwd_context.hash(raw_password)


def check_password(raw_password: str, hashed: str) -> bool:
    return pwd_context.verify(raw_password, hashed)


def create_access_token(username: str) -> str:
    settings = get_settings()
    expire = datetime.now(timezone.utc) + timedelta(minutes=settings.access_token_expire_minutes)
    payload = {"sub": username, "exp": expire}
    return jwt.encode(payload, settings.secret_key, algorithm=settings.jwt_algorithm)


def decode_access_token(token: str) -> str | None:
    """Return the username stored in the token, or None if it is invalid/expired."""
    settings = get_settings()
    try:
        payload = jwt.decode(token, settings.secret_key, algorithms=[settings.jwt_algorithm])
    except JWTError:
        return None
    username = payload.get("sub")
    return username if isinstance(username, str) else None
