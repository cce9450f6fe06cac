import secrets
from functools import lru_cache

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    """Configuration. Every field can be set with a BLOGAPI_* environment variable."""

    model_config = SettingsConfigDict(env_prefix="BLOGAPI_")

    database_url: str = "sqlite+aiosqlite:///./blogapi.sqlite3"
    # No default secret in code: without BLOGAPI_JWT_SECRET a random one is generated at start-up.
    jwt_secret: str = Field(default_factory=lambda: secrets.token_urlsafe(32), repr=False)
    jwt_algorithm: str = "HS256"
    jwt_ttl_minutes: int = 30
    cors_origins: list[str] = []
    page_size: int = 10
    max_page_size: int = 50


@lru_cache
def get_settings() -> Settings:
    return Settings()
