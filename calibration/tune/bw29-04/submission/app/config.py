"""Runtime configuration. Everything comes from the environment (12-factor)."""
from functools import lru_cache

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="BLOG_", env_file=".env", extra="ignore")

    app_name: str = "blog-api"
    environment: str = "development"
    log_level: str = "INFO"

    database_url: str = "sqlite:///./blog.db"
    db_pool_size: int = 5
    db_max_overflow: int = 10

    jwt_secret: str = Field(min_length=32)
    jwt_algorithm: str = "HS256"
    jwt_ttl_minutes: int = 60

    # JSON list, e.g. BLOG_CORS_ORIGINS='["https://blog.example.com"]'
    cors_origins: list[str] = []

    page_default: int = 20
    page_max: int = 100


@lru_cache
def get_settings() -> Settings:
    return Settings()  # type: ignore[call-arg]
