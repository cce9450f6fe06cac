from functools import lru_cache

from pydantic import Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="BLOG_")

    database_url: str = "sqlite+aiosqlite:///./blog.db"
    jwt_secret: SecretStr = Field(min_length=32)
    token_minutes: int = 30
    cors_origins: list[str] = []


@lru_cache
def get_settings() -> Settings:
    return Settings()  # type: ignore[call-arg]
