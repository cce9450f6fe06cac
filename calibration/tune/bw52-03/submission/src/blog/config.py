from __future__ import annotations

from pydantic import Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    """Read from the environment (prefix ``BLOG_``) or a local ``.env`` file."""

    model_config = SettingsConfigDict(env_prefix="BLOG_", env_file=".env", extra="ignore")

    database_url: str = "sqlite+aiosqlite:///./blog.db"
    jwt_secret: SecretStr
    access_token_ttl_minutes: int = Field(default=30, ge=1, le=24 * 60)
    create_schema_on_startup: bool = True
    cors_origins: list[str] = Field(default_factory=list)
    argon2_time_cost: int = Field(default=3, ge=1)
    argon2_memory_cost_kib: int = Field(default=64 * 1024, ge=64)
    sql_echo: bool = False
