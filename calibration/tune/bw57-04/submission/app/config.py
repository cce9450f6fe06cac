from functools import lru_cache

from pydantic import Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", extra="ignore")

    jwt_secret: SecretStr
    jwt_algorithm: str = "HS256"
    access_token_minutes: int = Field(default=60, gt=0)
    database_url: str = "sqlite+aiosqlite:///./inkwell.db"
    redis_url: str = "redis://localhost:6379/0"
    cors_origins: list[str] = []
    login_attempts_per_minute: int = 5
    signups_per_hour: int = 20


@lru_cache
def get_settings() -> Settings:
    return Settings()
