"""Password hashing and JWT helpers."""
from datetime import datetime, timedelta, timezone

import bcrypt
import jwt

from todo_service.core.config import get_settings


class PasswordHasher:
    """Wraps bcrypt so the algorithm can be swapped later (Strategy pattern)."""

    def __init__(self, rounds: int = 12) -> None:
        self._rounds = rounds

    def hash(self, plain: str) -> str:
        return bcrypt.hashpw(plain.encode("utf-8"), bcrypt.gensalt(self._rounds)).decode("utf-8")

    def verify(self, plain: str, hashed: str) -> bool:
        return bcrypt.checkpw(plain.encode("utf-8"), hashed.encode("utf-8"))


class TokenService:
    """Creates and decodes JWT access tokens."""

    def create_access_token(self, subject: str) -> str:
        settings = get_settings()
        expire = datetime.now(timezone.utc) + timedelta(minutes=settings.access_token_expire_minutes)
        return jwt.encode({"sub": subject, "exp": expire}, settings.secret_key, algorithm=settings.jwt_algorithm)

    def decode_subject(self, token: str) -> str | None:
        settings = get_settings()
        try:
            payload = jwt.decode(token, settings.secret_key, algorithms=[settings.jwt_algorithm])
        except jwt.PyJWTError:
            return None
        subject = payload.get("sub")
        return subject if isinstance(subject, str) else None
