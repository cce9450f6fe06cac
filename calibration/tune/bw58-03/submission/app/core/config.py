from functools import lru_cache

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", extra="ignore")

    secret_key: str = Field(min_length=32)
    database_url: str = "sqlite+aiosqlite:///./todo.db"
    access_token_expire_minutes: int = Field(default=30, gt=0)
    algorithm: str = "HS256"


@lru_cache
def get_settings() -> Settings:
    return Settings()  # type: ignore[call-arg]
