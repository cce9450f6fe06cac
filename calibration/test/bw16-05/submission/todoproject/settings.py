"""Project settings, read from TODO_* environment variables (or a .env file)."""

from functools import lru_cache

from fastapi import Request
from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="TODO_", env_file=".env", extra="ignore")

    DEBUG: bool = False
    DATABASE_URL: str = "sqlite:///./db.sqlite3"

    # Auth
    TOKEN_TTL_HOURS: int = Field(default=24, ge=1)
    PASSWORD_HASH_ITERATIONS: int = Field(default=600_000, ge=1)  # Django 5.x default for PBKDF2

    # Pagination (LimitOffsetPagination semantics)
    PAGE_SIZE: int = Field(default=20, ge=1)
    MAX_PAGE_SIZE: int = Field(default=100, ge=1)


@lru_cache
def get_settings() -> Settings:
    return Settings()


def settings_from_request(request: Request) -> Settings:
    """The settings the running app was created with (see create_app)."""
    return request.app.state.settings
