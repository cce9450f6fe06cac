from functools import lru_cache

from pydantic_settings import BaseSettings, SettingsConfigDict


class AppSettings(BaseSettings):
    """Equivalent of appsettings.json: bound from environment variables prefixed BLOG_."""

    model_config = SettingsConfigDict(env_prefix="BLOG_", env_file=".env", extra="ignore")

    connection_string: str = "sqlite+aiosqlite:///./blog.db"
    jwt_signing_key: str
    jwt_issuer: str = "blog-api"
    jwt_lifetime_minutes: int = 60
    default_page_size: int = 10
    max_page_size: int = 50
    cors_origins: list[str] = []


@lru_cache
def get_settings() -> AppSettings:
    return AppSettings()  # type: ignore[call-arg]
