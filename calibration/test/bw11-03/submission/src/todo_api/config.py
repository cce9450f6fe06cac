"""Runtime configuration, read from the environment (prefix ``TODO_``)."""

from __future__ import annotations

from functools import lru_cache

from pydantic import Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="TODO_", env_file=".env", extra="ignore")

    #: Key used to sign access tokens. Required: there is deliberately no default.
    secret_key: SecretStr = Field(min_length=32)
    database_url: str = "sqlite+aiosqlite:///./todo.db"
    access_token_ttl_minutes: int = Field(default=30, ge=1, le=24 * 60)
    jwt_algorithm: str = "HS256"


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    return Settings()  # values come from the environment
