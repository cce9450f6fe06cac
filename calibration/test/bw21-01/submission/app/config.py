from __future__ import annotations

import logging
import os
import secrets
from dataclasses import dataclass

logger = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Settings:
    database_url: str
    jwt_secret: str
    jwt_algorithm: str = "HS256"
    access_token_ttl_minutes: int = 30
    bcrypt_rounds: int = 12


def _int_from_env(name: str, default: int) -> int:
    raw = os.environ.get(name)
    if raw is None or raw.strip() == "":
        return default
    try:
        return int(raw)
    except ValueError as exc:
        raise RuntimeError(f"{name} must be an integer, got {raw!r}") from exc


def load_settings() -> Settings:
    secret = os.environ.get("JWT_SECRET")
    if secret is None or secret.strip() == "":
        # Still boot for local runs, but tokens will not survive a restart.
        logger.warning("JWT_SECRET is not set; generating a random secret for this process")
        secret = secrets.token_urlsafe(48)
    return Settings(
        database_url=os.environ.get("DATABASE_URL", "sqlite+aiosqlite:///./todos.db"),
        jwt_secret=secret,
        access_token_ttl_minutes=_int_from_env("ACCESS_TOKEN_TTL_MINUTES", 30),
        bcrypt_rounds=_int_from_env("BCRYPT_ROUNDS", 12),
    )
