from functools import lru_cache

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict


class ApplicationSettings(BaseSettings):
    """Equivalent of application.properties: every value can be overridden by an environment variable."""

    model_config = SettingsConfigDict(env_file=".env", env_file_encoding="utf-8", extra="ignore")

    application_name: str = "Blog API"
    database_url: str = "sqlite:///./blog.db"
    jwt_secret: str = Field(min_length=32)
    jwt_algorithm: str = "HS256"
    jwt_expiration_minutes: int = Field(default=60, gt=0)
    default_page_size: int = 10
    max_page_size: int = 50


@lru_cache(maxsize=1)
def get_settings() -> ApplicationSettings:
    return ApplicationSettings()  # type: ignore[call-arg]
