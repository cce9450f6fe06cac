import asyncio
import uuid
from datetime import UTC, datetime, timedelta

import bcrypt
import jwt

from app.config import get_settings

_settings = get_settings()

# Checked against when the username does not exist, so that "no such user" and
# "wrong password" take the same time.
_DUMMY_HASH = bcrypt.hashpw(b"dummy-password-for-timing", bcrypt.gensalt(_settings.bcrypt_rounds))


async def hash_password(password: str) -> str:
    salt = bcrypt.gensalt(_settings.bcrypt_rounds)
    hashed = await asyncio.to_thread(bcrypt.hashpw, password.encode("utf-8"), salt)
    return hashed.decode("ascii")


async def verify_password(password: str, password_hash: str | None) -> bool:
    candidate = password.encode("utf-8")
    if len(candidate) > 72:
        candidate = candidate[:0]  # never matches, still spends the same time
    stored = password_hash.encode("ascii") if password_hash else _DUMMY_HASH
    ok = await asyncio.to_thread(bcrypt.checkpw, candidate, stored)
    return ok and password_hash is not None


def create_access_token(user_id: int) -> tuple[str, int]:
    now = datetime.now(UTC)
    ttl = timedelta(minutes=_settings.access_token_ttl_minutes)
    claims = {
        "sub": str(user_id),
        "iss": _settings.jwt_issuer,
        "aud": _settings.jwt_audience,
        "iat": now,
        "nbf": now,
        "exp": now + ttl,
        "jti": uuid.uuid4().hex,
    }
    token = jwt.encode(claims, _settings.jwt_secret.get_secret_value(), algorithm="HS256")
    return token, int(ttl.total_seconds())


def decode_access_token(token: str) -> int | None:
    try:
        claims = jwt.decode(
            token,
            _settings.jwt_secret.get_secret_value(),
            algorithms=["HS256"],
            audience=_settings.jwt_audience,
            issuer=_settings.jwt_issuer,
            options={"require": ["sub", "exp", "iat", "iss", "aud", "jti"]},
        )
        return int(claims["sub"])
    except (jwt.PyJWTError, ValueError):
        return None
