from functools import lru_cache

from pydantic import Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    """Runtime configuration. Every value comes from the environment (prefix TODO_)."""

    model_config = SettingsConfigDict(env_prefix="TODO_", env_file=".env", extra="ignore")

    database_url: str = "sqlite+aiosqlite:///./todo.db"
    jwt_secret: SecretStr = Field(min_length=32)
    jwt_algorithm: str = "HS256"
    token_ttl_seconds: int = Field(default=3600, gt=0)
    bcrypt_rounds: int = Field(default=12, ge=10, le=16)
    log_level: str = "INFO"
    db_pool_size: int = Field(default=10, ge=1)
    readiness_timeout_seconds: float = Field(default=2.0, gt=0)


@lru_cache
def get_settings() -> Settings:
    # jwt_secret has no default: the process refuses to start without it.
    return Settings()  # type: ignore[call-arg]
