from functools import lru_cache

from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    """Think config/credentials.yml.enc + config/database.yml, but from ENV."""

    model_config = SettingsConfigDict(env_file=".env", extra="ignore")

    secret_key_base: str
    database_url: str = "sqlite:///./db/development.sqlite3"
    token_ttl_minutes: int = 60
    cors_origins: list[str] = ["*"]


@lru_cache
def settings() -> Settings:
    return Settings()
