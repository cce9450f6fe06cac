"""Settings, read once from the environment. Missing secrets are a startup error, not a default."""

from __future__ import annotations

import os
from dataclasses import dataclass


class ConfigError(RuntimeError):
    """Raised at startup when a required setting is missing or malformed."""


MIN_SECRET_LEN = 32


@dataclass(frozen=True)
class Settings:
    database_url: str
    jwt_secret: str
    jwt_ttl_minutes: int

    @staticmethod
    def from_env() -> Settings:
        secret = os.environ.get("TODO_JWT_SECRET")
        if secret is None or len(secret) < MIN_SECRET_LEN:
            raise ConfigError(
                f"TODO_JWT_SECRET must be set and at least {MIN_SECRET_LEN} characters long"
            )

        raw_ttl = os.environ.get("TODO_JWT_TTL_MINUTES", "30")
        try:
            ttl = int(raw_ttl)
        except ValueError as exc:
            raise ConfigError(f"TODO_JWT_TTL_MINUTES is not an integer: {raw_ttl!r}") from exc
        if ttl <= 0:
            raise ConfigError("TODO_JWT_TTL_MINUTES must be positive")

        return Settings(
            database_url=os.environ.get("TODO_DATABASE_URL", "sqlite:///./todo.db"),
            jwt_secret=secret,
            jwt_ttl_minutes=ttl,
        )
