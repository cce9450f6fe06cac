"""Project settings, read from the environment (think django.conf.settings)."""
from functools import lru_cache

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="BLOG_", env_file=".env", extra="ignore")

    secret_key: str = Field(min_length=32)
    database_url: str = "sqlite:///./blog.db"
    access_token_lifetime_minutes: int = 60
    page_size: int = 10
    max_page_size: int = 100
    debug: bool = False


@lru_cache
def get_settings() -> Settings:
    return Settings()  # type: ignore[call-arg]
