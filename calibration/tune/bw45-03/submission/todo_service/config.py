"""Runtime configuration. Everything sensitive comes from the environment; there are no defaults
for secrets on purpose, so a misconfigured deployment fails at start-up rather than at runtime."""

from functools import lru_cache

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="TODO_", env_file=".env", extra="ignore")

    database_url: str = "sqlite:///./todo.db"

    jwt_secret: str = Field(min_length=32, repr=False)
    jwt_issuer: str = "todo-service"
    jwt_audience: str = "todo-api"
    access_token_ttl_seconds: int = Field(default=900, ge=60, le=3600)

    argon2_time_cost: int = Field(default=3, ge=1)
    argon2_memory_cost_kib: int = Field(default=65536, ge=8)
    argon2_parallelism: int = Field(default=4, ge=1)

    login_max_failures: int = Field(default=5, ge=1)
    login_failure_window_seconds: int = Field(default=900, ge=60)


@lru_cache
def get_settings() -> Settings:
    return Settings()  # type: ignore[call-arg]  # populated from the environment
