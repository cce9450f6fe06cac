from datetime import timedelta

from pydantic import Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="TODO_", env_file=".env", extra="ignore")

    database_url: str = "sqlite+aiosqlite:///./todo.db"
    jwt_secret: SecretStr
    jwt_ttl_minutes: int = Field(default=30, ge=1)

    @field_validator("jwt_secret")
    @classmethod
    def _long_enough(cls, value: SecretStr) -> SecretStr:
        if len(value.get_secret_value()) < 32:
            raise ValueError("TODO_JWT_SECRET must be at least 32 characters")
        return value

    @property
    def jwt_ttl(self) -> timedelta:
        return timedelta(minutes=self.jwt_ttl_minutes)
