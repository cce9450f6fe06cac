from functools import lru_cache

from pydantic_settings import BaseSettings, SettingsConfigDict


class ApplicationProperties(BaseSettings):
    """Equivalent of application.yml - every value can be overridden by an env variable."""

    model_config = SettingsConfigDict(env_file=".env", env_file_encoding="utf-8", extra="ignore")

    app_name: str = "blog-api"
    database_url: str = "sqlite:///./blog.db"
    jwt_secret: str
    jwt_algorithm: str = "HS256"
    jwt_expiration_minutes: int = 60


@lru_cache
def get_properties() -> ApplicationProperties:
    return ApplicationProperties()
