"""Runtime configuration. Everything sensitive comes from the environment; we fail closed."""
from __future__ import annotations

import os
from dataclasses import dataclass


class ConfigError(RuntimeError):
    pass


def _int(name: str, default: int, minimum: int = 0) -> int:
    raw = os.environ.get(name, "").strip()
    if not raw:
        return default
    try:
        value = int(raw)
    except ValueError as exc:
        raise ConfigError(f"{name} must be an integer") from exc
    if value < minimum:
        raise ConfigError(f"{name} must be >= {minimum}")
    return value


def _bool(name: str, default: bool) -> bool:
    raw = os.environ.get(name, "").strip().lower()
    if not raw:
        return default
    return raw in {"1", "true", "yes", "on"}


@dataclass(frozen=True)
class Settings:
    jwt_secret: str
    jwt_issuer: str
    jwt_audience: str
    access_token_minutes: int
    database_url: str
    cors_origins: tuple[str, ...]
    enable_docs: bool
    argon2_time_cost: int
    argon2_memory_kib: int
    argon2_parallelism: int
    login_max_attempts: int
    login_window_seconds: int
    login_jitter_ms: int

    @classmethod
    def from_env(cls) -> Settings:
        secret = os.environ.get("BLOG_JWT_SECRET", "")
        if len(secret.encode()) < 32:
            raise ConfigError("BLOG_JWT_SECRET must be set and at least 32 bytes long")

        origins = tuple(
            o.strip() for o in os.environ.get("BLOG_CORS_ORIGINS", "").split(",") if o.strip()
        )
        if "*" in origins:
            raise ConfigError("BLOG_CORS_ORIGINS may not contain '*'; list origins explicitly")

        return cls(
            jwt_secret=secret,
            jwt_issuer=os.environ.get("BLOG_JWT_ISSUER", "blog-api"),
            jwt_audience=os.environ.get("BLOG_JWT_AUDIENCE", "blog-api-clients"),
            access_token_minutes=_int("BLOG_ACCESS_TOKEN_MINUTES", 15, minimum=1),
            database_url=os.environ.get("BLOG_DATABASE_URL", "sqlite:///./blog.db"),
            cors_origins=origins,
            enable_docs=_bool("BLOG_ENABLE_DOCS", True),
            argon2_time_cost=_int("BLOG_ARGON2_TIME_COST", 4, minimum=1),
            argon2_memory_kib=_int("BLOG_ARGON2_MEMORY_KIB", 131072, minimum=8192),
            argon2_parallelism=_int("BLOG_ARGON2_PARALLELISM", 2, minimum=1),
            login_max_attempts=_int("BLOG_LOGIN_MAX_ATTEMPTS", 5, minimum=1),
            login_window_seconds=_int("BLOG_LOGIN_WINDOW_SECONDS", 300, minimum=1),
            login_jitter_ms=_int("BLOG_LOGIN_JITTER_MS", 150),
        )


settings = Settings.from_env()
