"""Application settings, read from the environment (prefix ``TODO_``) or a ``.env`` file."""

from __future__ import annotations

import logging
import secrets
from functools import lru_cache

from pydantic import Field, SecretStr, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

logger = logging.getLogger(__name__)


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="TODO_", env_file=".env", extra="ignore")

    app_name: str = "Todo API"
    database_url: str = "sqlite+aiosqlite:///./todo.db"
    secret_key: SecretStr | None = None
    jwt_algorithm: str = "HS256"
    access_token_expire_minutes: int = Field(default=30, gt=0)
    page_size_default: int = 20
    page_size_max: int = 100

    @model_validator(mode="after")
    def _ephemeral_secret(self) -> Settings:
        # No secret in the code: if none is configured we generate one per process, which
        # means tokens do not survive a restart. Fine for a demo, logged loudly.
        if self.secret_key is None:
            logger.warning("TODO_SECRET_KEY is not set; using an ephemeral random key")
            self.secret_key = SecretStr(secrets.token_urlsafe(48))
        return self


@lru_cache
def get_settings() -> Settings:
    return Settings()
