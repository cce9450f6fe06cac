from functools import lru_cache

from pydantic import Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    """Application settings, read from ``TODO_*`` environment variables (or a ``.env`` file)."""

    model_config = SettingsConfigDict(env_prefix="TODO_", env_file=".env", extra="ignore")

    secret_key: SecretStr
    database_url: str = "sqlite:///./todo.db"
    access_token_expire_minutes: int = Field(default=30, gt=0, le=24 * 60)
    jwt_algorithm: str = "HS256"

    @field_validator("secret_key")
    @classmethod
    def secret_key_is_long_enough(cls, value: SecretStr) -> SecretStr:
        if len(value.get_secret_value()) < 32:
            raise ValueError("secret_key must be at least 32 characters")
        return value


@lru_cache
def get_settings() -> Settings:
    return Settings()  # type: ignore[call-arg]  # secret_key comes from the environment
