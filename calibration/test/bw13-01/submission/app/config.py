"""Runtime configuration. Everything is read from the environment (12-factor)."""
from functools import lru_cache

from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="TODO_", env_file=".env", extra="ignore")

    app_name: str = "todo-api"
    environment: str = "dev"
    version: str = "0.1.0"

    log_level: str = "INFO"
    log_json: bool = True

    db_path: str = "./data/todo.db"

    token_ttl_seconds: int = 3600
    pbkdf2_iterations: int = 390_000


@lru_cache
def get_settings() -> Settings:
    return Settings()
