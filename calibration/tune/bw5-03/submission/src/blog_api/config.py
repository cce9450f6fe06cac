from __future__ import annotations

from functools import lru_cache

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    """Runtime configuration. Values come from ``BLOG_*`` environment variables."""

    model_config = SettingsConfigDict(env_prefix="BLOG_", env_file=".env", extra="ignore")

    database_url: str = "sqlite:///./blog.db"
    token_ttl_minutes: int = Field(default=60, gt=0)
    cors_origins: list[str] = Field(default_factory=list)


@lru_cache
def get_settings() -> Settings:
    return Settings()
