from pathlib import Path

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    """Runtime configuration, read from ``BLOG_*`` environment variables."""

    model_config = SettingsConfigDict(env_prefix="BLOG_", env_file=".env", extra="ignore")

    database_path: Path = Path("blog.sqlite3")
    pool_size: int = Field(default=4, ge=1, le=32)
    token_ttl_seconds: int = Field(default=24 * 3600, ge=60)
    cors_origins: list[str] = []
