"""Runtime configuration.

Every security-relevant value is read from the environment. There are no
fallback secrets: the process refuses to start when one is missing.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from functools import lru_cache


class ConfigurationError(RuntimeError):
    """Raised when a required setting is missing or unsafe."""


def _require(name: str) -> str:
    value = os.environ.get(name)
    if value is None or value.strip() == "":
        raise ConfigurationError(f"environment variable {name} must be set")
    return value


def _int(name: str, default: int, minimum: int) -> int:
    raw = os.environ.get(name)
    if raw is None:
        return default
    try:
        value = int(raw)
    except ValueError as exc:
        raise ConfigurationError(f"{name} must be an integer") from exc
    if value < minimum:
        raise ConfigurationError(f"{name} must be >= {minimum}")
    return value


@dataclass(frozen=True)
class Settings:
    jwt_secret: str
    jwt_algorithm: str
    token_ttl_seconds: int
    database_url: str
    argon2_time_cost: int
    argon2_memory_cost_kib: int
    argon2_parallelism: int
    allowed_origins: tuple[str, ...]
    login_max_attempts: int
    login_window_seconds: int


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    secret = _require("BLOG_JWT_SECRET")
    if len(secret) < 32:
        raise ConfigurationError("BLOG_JWT_SECRET must be at least 32 characters")

    origins = tuple(
        origin.strip()
        for origin in os.environ.get("BLOG_ALLOWED_ORIGINS", "").split(",")
        if origin.strip()
    )
    if "*" in origins:
        raise ConfigurationError("wildcard CORS origins are not permitted")

    return Settings(
        jwt_secret=secret,
        jwt_algorithm="HS256",
        token_ttl_seconds=_int("BLOG_TOKEN_TTL_SECONDS", 900, 60),
        database_url=os.environ.get("BLOG_DATABASE_URL", "sqlite:///./blog.db"),
        # Deliberately well above the OWASP minimum.
        argon2_time_cost=_int("BLOG_ARGON2_TIME_COST", 10, 1),
        argon2_memory_cost_kib=_int("BLOG_ARGON2_MEMORY_KIB", 524_288, 8),
        argon2_parallelism=_int("BLOG_ARGON2_PARALLELISM", 4, 1),
        allowed_origins=origins,
        login_max_attempts=_int("BLOG_LOGIN_MAX_ATTEMPTS", 5, 1),
        login_window_seconds=_int("BLOG_LOGIN_WINDOW_SECONDS", 900, 1),
    )
