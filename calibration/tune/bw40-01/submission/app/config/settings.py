"""Externalized application configuration (the equivalent of application.yml)."""
from functools import lru_cache

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict


class ApplicationProperties(BaseSettings):
    """All properties are read from environment variables prefixed with BLOG_."""

    model_config = SettingsConfigDict(env_prefix="BLOG_", env_file=".env", extra="ignore")

    datasource_url: str = Field(default="sqlite:///./blog.db")
    jwt_secret: str = Field(..., min_length=32)
    jwt_algorithm: str = Field(default="HS256")
    jwt_expiration_minutes: int = Field(default=60, ge=1)


@lru_cache
def get_application_properties() -> ApplicationProperties:
    return ApplicationProperties()
