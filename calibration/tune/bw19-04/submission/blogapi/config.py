"""Runtime configuration, read from the environment (prefix ``BLOG_``) or a ``.env`` file."""

from __future__ import annotations

from functools import lru_cache

from pydantic import Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="BLOG_", env_file=".env", extra="ignore")

    #: Key used to sign access tokens. Required; there is deliberately no default.
    secret_key: SecretStr = Field(min_length=32)
    database_url: str = "sqlite+aiosqlite:///./blog.db"
    access_token_ttl_minutes: int = Field(default=30, ge=1)
    jwt_algorithm: str = "HS256"

    default_page_size: int = Field(default=20, ge=1)
    max_page_size: int = Field(default=100, ge=1)

    #: Origins allowed to call the API from a browser. Auth uses the Authorization
    #: header, never cookies, so credentials are not forwarded cross-origin.
    cors_origins: list[str] = ["*"]


@lru_cache
def get_settings() -> Settings:
    return Settings()  # populated from the environment
