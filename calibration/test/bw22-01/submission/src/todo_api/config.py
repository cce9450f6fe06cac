"""Configuration, read once from the environment at startup."""

import logging
import os
import secrets
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

logger = logging.getLogger(__name__)

DEFAULT_TOKEN_TTL_MINUTES = 60


class ConfigError(Exception):
    """Raised at startup only; the process should not come up with a bad config."""


@dataclass(frozen=True)
class Settings:
    database_path: Path
    jwt_secret: str
    token_ttl: timedelta


def _positive_int(env: Mapping[str, str], key: str, default: int) -> int:
    raw = env.get(key)
    if raw is None:
        return default
    try:
        value = int(raw)
    except ValueError:
        raise ConfigError(f"{key} must be an integer, got {raw!r}") from None
    if value <= 0:
        raise ConfigError(f"{key} must be positive, got {value}")
    return value


def load_settings(env: Mapping[str, str] = os.environ) -> Settings:
    secret = env.get("TODO_JWT_SECRET", "")
    if not secret:
        secret = secrets.token_urlsafe(32)
        logger.warning(
            "TODO_JWT_SECRET is not set: using a random per-process secret. "
            "Issued tokens will stop working when the process restarts."
        )
    elif len(secret) < 32:
        raise ConfigError("TODO_JWT_SECRET must be at least 32 characters long")

    ttl = _positive_int(env, "TODO_TOKEN_TTL_MINUTES", DEFAULT_TOKEN_TTL_MINUTES)
    return Settings(
        database_path=Path(env.get("TODO_DATABASE_PATH", "todo.db")),
        jwt_secret=secret,
        token_ttl=timedelta(minutes=ttl),
    )
