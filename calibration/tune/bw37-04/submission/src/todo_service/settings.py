"""Configuration from the environment (prefix ``TODO_``) or a local ``.env``."""

from datetime import timedelta

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="TODO_", env_file=".env", extra="ignore")

    database_url: str = "sqlite:///./todo.db"
    jwt_secret: str = Field(min_length=32, repr=False)
    jwt_issuer: str = "todo-service"
    token_ttl_minutes: int = Field(default=30, ge=1, le=24 * 60)
    sql_echo: bool = False

    @property
    def token_ttl(self) -> timedelta:
        return timedelta(minutes=self.token_ttl_minutes)
