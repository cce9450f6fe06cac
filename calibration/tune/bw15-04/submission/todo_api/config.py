"""Settings, read from the environment (prefix TODO_) or a local .env file."""
from __future__ import annotations

import logging
import secrets
from functools import lru_cache
from typing import Literal

from pydantic import Field, SecretStr, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

log = logging.getLogger("todo_api")


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="TODO_", env_file=".env", extra="ignore")

    environment: Literal["dev", "prod"] = "dev"
    database_url: str = "sqlite:///./todo.db"
    # No usable default: in prod the secret must be provided (see _require_secret_in_prod).
    # In dev a random per-process key is generated, so tokens die with the process.
    jwt_secret: SecretStr | None = Field(default=None, min_length=32)
    jwt_issuer: str = "todo-api"
    access_token_ttl_seconds: int = Field(default=900, ge=60, le=86_400)

    @model_validator(mode="after")
    def _require_secret_in_prod(self) -> "Settings":
        if self.jwt_secret is None:
            if self.environment == "prod":
                raise ValueError("TODO_JWT_SECRET must be set when TODO_ENVIRONMENT=prod")
            log.warning("TODO_JWT_SECRET not set; using an ephemeral key (dev only)")
            self.jwt_secret = SecretStr(secrets.token_urlsafe(48))
        return self


@lru_cache
def get_settings() -> Settings:
    return Settings()
