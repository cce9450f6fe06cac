"""Runtime configuration. Everything comes from the environment (12-factor)."""
from functools import lru_cache

from pydantic import Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="TODO_", env_file=".env", extra="ignore")

    database_url: str = "sqlite:///./todo.db"
    jwt_secret: SecretStr = Field(..., min_length=32)
    jwt_algorithm: str = "HS256"
    access_token_ttl_seconds: int = Field(3600, ge=60, le=86400)
    bcrypt_rounds: int = Field(12, ge=4, le=16)
    page_default: int = 20
    page_max: int = 100
    log_level: str = "INFO"


@lru_cache
def get_settings() -> Settings:
    return Settings()  # type: ignore[call-arg]  # jwt_secret is required from env
