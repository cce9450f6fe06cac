from datetime import UTC, datetime, timedelta
from uuid import UUID

import bcrypt
import jwt

from app import settings
from app.models import UserId


def hash_password(password: str) -> bytes:
    return bcrypt.hashpw(password.encode("utf-8"), bcrypt.gensalt(rounds=12))


def password_matches(password: str, password_hash: bytes) -> bool:
    candidate = password.encode("utf-8")
    if len(candidate) > 72:
        return False
    return bcrypt.checkpw(candidate, password_hash)


def encode_token(user_id: UserId, now: datetime) -> str:
    payload = {
        "sub": str(user_id),
        "iat": now,
        "exp": now + timedelta(minutes=settings.TOKEN_MINUTES),
    }
    return jwt.encode(payload, settings.JWT_SECRET, algorithm=settings.JWT_ALGORITHM)


def decode_token(token: str) -> UserId | None:
    try:
        payload = jwt.decode(token, settings.JWT_SECRET, algorithms=[settings.JWT_ALGORITHM])
    except jwt.InvalidTokenError:
        return None
    match payload:
        case {"sub": str(sub)}:
            try:
                return UserId(UUID(sub))
            except ValueError:
                return None
        case _:
            return None


def utcnow() -> datetime:
    return datetime.now(UTC)
