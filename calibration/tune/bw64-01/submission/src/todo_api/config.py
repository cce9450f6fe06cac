"""Settings, read once from the environment. Nothing secret lives in the code."""

import os
from dataclasses import dataclass
from datetime import timedelta


class ConfigError(RuntimeError):
    """Raised at start-up when a required variable is missing."""


@dataclass(frozen=True, slots=True)
class Settings:
    database_url: str
    jwt_secret: str
    token_ttl: timedelta


def _require(name: str) -> str:
    match os.environ.get(name):
        case None | "":
            raise ConfigError(f"environment variable {name} is required")
        case value:
            return value


def load_settings() -> Settings:
    minutes = int(os.environ.get("TOKEN_TTL_MINUTES", "30"))
    return Settings(
        database_url=_require("DATABASE_URL"),
        jwt_secret=_require("JWT_SECRET"),
        token_ttl=timedelta(minutes=minutes),
    )
