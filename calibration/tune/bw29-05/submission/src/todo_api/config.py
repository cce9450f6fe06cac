"""Application settings.

Rule of thumb: *code* goes in the repository, *configuration* goes in the
environment. Secrets in particular must never be committed, so the JWT
secret has no default value at all: if it is missing, the application
refuses to start, which is much better than silently running with a
well-known key.
"""
from functools import lru_cache

from pydantic import Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    """All settings, read from environment variables prefixed with ``TODO_``.

    Example: ``TODO_JWT_SECRET=... TODO_DATABASE_URL=... uvicorn ...``
    """

    model_config = SettingsConfigDict(env_prefix="TODO_", env_file=".env", extra="ignore")

    #: SQLAlchemy URL. It must use an *async* driver, e.g. ``sqlite+aiosqlite``
    #: or ``postgresql+asyncpg``, because every handler is ``async def``.
    database_url: str = "sqlite+aiosqlite:///./todo.db"

    #: Key used to sign tokens. SecretStr keeps it out of logs and reprs.
    jwt_secret: SecretStr = Field(min_length=32)
    jwt_algorithm: str = "HS256"
    access_token_minutes: int = Field(default=30, ge=1)

    #: Pagination bounds for ``GET /todos``.
    default_page_size: int = Field(default=20, ge=1)
    max_page_size: int = Field(default=100, ge=1)


@lru_cache
def get_settings() -> Settings:
    """Build the settings once and reuse them (environment is read at first call)."""
    return Settings()  # type: ignore[call-arg]  # values come from the environment
