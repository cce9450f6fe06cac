from __future__ import annotations

import secrets
from datetime import datetime, timedelta, timezone
from functools import lru_cache

import jwt
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from blogapi.config import get_settings


class InvalidToken(Exception):
    """Token is missing, malformed, expired or forged."""


@lru_cache(maxsize=1)
def _hasher() -> PasswordHasher:
    settings = get_settings()
    return PasswordHasher(
        time_cost=settings.argon2_time_cost,
        memory_cost=settings.argon2_memory_cost_kib,
        parallelism=settings.argon2_parallelism,
    )


@lru_cache(maxsize=1)
def _dummy_hash() -> str:
    return _hasher().hash(secrets.token_urlsafe(32))


def hash_password(password: str) -> str:
    return _hasher().hash(password)


def verify_password(stored_hash: str | None, candidate: str) -> bool:
    """Constant-work verification.

    When the user does not exist we still run a full Argon2 verification
    against a throwaway hash, so response time does not reveal which
    usernames are registered.
    """
    target = stored_hash if stored_hash is not None else _dummy_hash()
    try:
        ok = _hasher().verify(target, candidate)
    except (VerificationError, InvalidHashError):
        return False
    return ok and stored_hash is not None


def create_access_token(user_id: int) -> tuple[str, int]:
    settings = get_settings()
    now = datetime.now(timezone.utc)
    payload = {
        "sub": str(user_id),
        "iat": now,
        "nbf": now,
        "exp": now + timedelta(seconds=settings.token_ttl_seconds),
        "jti": secrets.token_urlsafe(16),
        "typ": "access",
    }
    token = jwt.encode(payload, settings.jwt_secret, algorithm=settings.jwt_algorithm)
    return token, settings.token_ttl_seconds


def decode_access_token(token: str) -> int:
    settings = get_settings()
    try:
        payload = jwt.decode(
            token,
            settings.jwt_secret,
            algorithms=[settings.jwt_algorithm],
            options={"require": ["exp", "iat", "nbf", "sub"]},
        )
    except jwt.PyJWTError as exc:
        raise InvalidToken from exc
    if payload.get("typ") != "access":
        raise InvalidToken
    subject = payload.get("sub")
    if not isinstance(subject, str) or not subject.isdigit():
        raise InvalidToken
    return int(subject)
