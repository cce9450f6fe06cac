"""Password hashing and access tokens.

Passwords are hashed with scrypt from the standard library: slow on purpose,
salted per password, and no extra dependency. Hashing is CPU-bound, so the
``async`` wrappers run it in a worker thread and the event loop keeps serving
other requests meanwhile.
"""

from __future__ import annotations

import asyncio
import base64
import hashlib
import hmac
import secrets
from datetime import datetime, timedelta, timezone

import jwt

from todo_api.config import Settings

# scrypt cost parameters (n=2**14, r=8, p=1 is the commonly recommended
# interactive-login setting; about 16 MiB of memory per hash).
_SCRYPT_N = 2**14
_SCRYPT_R = 8
_SCRYPT_P = 1
_SALT_BYTES = 16
_KEY_BYTES = 32


def _b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode("ascii")


def _scrypt(password: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    return hashlib.scrypt(
        password.encode("utf-8"), salt=salt, n=n, r=r, p=p, dklen=_KEY_BYTES
    )


def hash_password_sync(password: str) -> str:
    """Return a self-describing hash: ``scrypt$n$r$p$salt$key``."""
    salt = secrets.token_bytes(_SALT_BYTES)
    key = _scrypt(password, salt, _SCRYPT_N, _SCRYPT_R, _SCRYPT_P)
    return f"scrypt${_SCRYPT_N}${_SCRYPT_R}${_SCRYPT_P}${_b64(salt)}${_b64(key)}"


def verify_password_sync(password: str, stored: str) -> bool:
    try:
        scheme, n, r, p, salt_b64, key_b64 = stored.split("$")
    except ValueError:
        return False
    if scheme != "scrypt":
        return False
    expected = base64.b64decode(key_b64)
    actual = _scrypt(password, base64.b64decode(salt_b64), int(n), int(r), int(p))
    return hmac.compare_digest(actual, expected)


# A hash of a random password, computed once. Verifying against it when the
# username does not exist makes "no such user" take as long as "wrong password",
# so login timing does not reveal which usernames are registered.
_DUMMY_HASH = hash_password_sync(secrets.token_urlsafe(16))


async def hash_password(password: str) -> str:
    return await asyncio.to_thread(hash_password_sync, password)


async def verify_password(password: str, stored: str | None) -> bool:
    if stored is None:
        await asyncio.to_thread(verify_password_sync, password, _DUMMY_HASH)
        return False
    return await asyncio.to_thread(verify_password_sync, password, stored)


def create_access_token(user_id: int, settings: Settings) -> str:
    now = datetime.now(timezone.utc)
    payload = {
        "sub": str(user_id),
        "iat": now,
        "exp": now + timedelta(minutes=settings.token_ttl_minutes),
    }
    return jwt.encode(payload, settings.secret_key, algorithm=settings.jwt_algorithm)


def decode_access_token(token: str, settings: Settings) -> int | None:
    """Return the user id inside a valid token, or ``None`` for any bad token."""
    try:
        payload = jwt.decode(token, settings.secret_key, algorithms=[settings.jwt_algorithm])
        return int(payload["sub"])
    except (jwt.PyJWTError, KeyError, ValueError, TypeError):
        return None
