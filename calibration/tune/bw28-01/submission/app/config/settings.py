"""Application configuration (the equivalent of an application.properties file)."""
from functools import lru_cache

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict


class ApplicationSettings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", env_prefix="BLOG_", extra="ignore")

    database_url: str = "sqlite:///./blog.db"
    jwt_secret_key: str = Field(..., min_length=32)
    jwt_algorithm: str = "HS256"
    jwt_expiration_minutes: int = 60
    cors_allowed_origins: list[str] = Field(default_factory=list)


@lru_cache
def get_settings() -> ApplicationSettings:
    return ApplicationSettings()
