from __future__ import annotations

import secrets
from enum import StrEnum
from functools import lru_cache

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict


class Environment(StrEnum):
    DEVELOPMENT = "development"
    PRODUCTION = "production"


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="BLOG_", env_file=".env")

    environment: Environment = Environment.PRODUCTION
    database_url: str = "sqlite+aiosqlite:///./blog.db"
    jwt_secret: str = Field(default_factory=lambda: secrets.token_urlsafe(32), repr=False)
    jwt_ttl_seconds: int = 3600

    @property
    def is_production(self) -> bool:
        return self.environment is Environment.PRODUCTION


@lru_cache
def get_settings() -> Settings:
    return Settings()
