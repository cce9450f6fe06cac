from __future__ import annotations

import os
from dataclasses import dataclass


class SettingsError(RuntimeError):
    pass


@dataclass(frozen=True, slots=True)
class Settings:
    jwt_secret: str
    database_url: str
    cors_origins: tuple[str, ...]
    token_ttl: int
    enable_docs: bool
    jwt_issuer: str = "blogapi"
    jwt_audience: str = "blogapi"


def load_settings() -> Settings:
    secret = os.environ.get("BLOG_JWT_SECRET", "")
    if len(secret.encode()) < 32:
        raise SettingsError("BLOG_JWT_SECRET missing or shorter than 32 bytes")

    origins = tuple(
        o.strip() for o in os.environ.get("BLOG_CORS_ORIGINS", "").split(",") if o.strip()
    )
    if "*" in origins:
        raise SettingsError("BLOG_CORS_ORIGINS must be an explicit allowlist")

    try:
        ttl = int(os.environ.get("BLOG_TOKEN_TTL", "900"))
    except ValueError as exc:
        raise SettingsError("BLOG_TOKEN_TTL must be an integer") from exc
    if not 60 <= ttl <= 86_400:
        raise SettingsError("BLOG_TOKEN_TTL out of range")

    return Settings(
        jwt_secret=secret,
        database_url=os.environ.get("BLOG_DATABASE_URL", "sqlite+aiosqlite:///./blog.db"),
        cors_origins=origins,
        token_ttl=ttl,
        enable_docs=os.environ.get("BLOG_ENABLE_DOCS") == "1",
    )
