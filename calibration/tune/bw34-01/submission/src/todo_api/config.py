from __future__ import annotations

from pydantic import Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    """Runtime configuration, read from the environment (prefix `TODO_`).

    `TODO_SECRET_KEY` has no default on purpose: starting without it is a configuration
    error and should fail loudly instead of signing tokens with a well-known key.
    """

    model_config = SettingsConfigDict(env_prefix="TODO_", env_file=".env", extra="ignore")

    secret_key: SecretStr = Field(min_length=32)
    database_url: str = "sqlite+aiosqlite:///./todo.db"
    token_ttl_minutes: int = Field(default=30, ge=1, le=24 * 60)
    jwt_algorithm: str = "HS256"
