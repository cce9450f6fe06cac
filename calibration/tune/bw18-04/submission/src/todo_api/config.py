from functools import lru_cache

from pydantic import Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    """Application configuration, read from TODO_* environment variables."""

    model_config = SettingsConfigDict(env_prefix="TODO_", env_file=".env", extra="ignore", frozen=True)

    database_url: str = "sqlite+aiosqlite:///./todo.db"
    jwt_secret: SecretStr = Field(min_length=32)
    jwt_algorithm: str = "HS256"
    access_token_ttl_seconds: int = Field(default=3600, gt=0)
    page_size_default: int = 20
    page_size_max: int = 100


@lru_cache
def get_settings() -> Settings:
    return Settings()  # type: ignore[call-arg]  # jwt_secret comes from the environment
