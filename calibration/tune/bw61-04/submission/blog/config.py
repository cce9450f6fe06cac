from functools import lru_cache

from pydantic import Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    """Everything configurable lives in the environment / .env, nothing secret in code."""

    model_config = SettingsConfigDict(env_file=".env", extra="ignore")

    app_name: str = "Blog API"
    database_url: str
    secret_key: SecretStr = Field(min_length=32)
    access_token_ttl_minutes: int = Field(default=60, ge=1)
    cors_origins: list[str] = []


@lru_cache
def get_settings() -> Settings:
    return Settings()  # type: ignore[call-arg]  (values come from the environment)
