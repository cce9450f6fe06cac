from functools import lru_cache

from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="TODO_", env_file=".env", extra="ignore")

    service_name: str = "todo-api"
    environment: str = "dev"
    log_level: str = "INFO"

    database_url: str = "sqlite+aiosqlite:///./todo.db"
    db_pool_size: int = 10
    db_pool_timeout_seconds: float = 2.0
    db_retry_attempts: int = 3
    db_retry_base_delay_seconds: float = 0.05

    jwt_secret: str = "dev-secret-change-me"
    jwt_algorithm: str = "HS256"
    jwt_ttl_seconds: int = 3600

    request_timeout_seconds: float = 5.0


@lru_cache
def get_settings() -> Settings:
    return Settings()
