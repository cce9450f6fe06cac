"""Application configuration, bound from environment variables (prefix ``BLOG_``)."""
import logging
import secrets
from functools import lru_cache

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict

logger = logging.getLogger(__name__)


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="BLOG_", env_file=".env", extra="ignore")

    database_url: str = "sqlite:///./blog.db"
    secret_key: str | None = None
    jwt_algorithm: str = "HS256"
    access_token_ttl_minutes: int = Field(default=30, ge=1)
    cors_origins: list[str] = Field(default_factory=list)

    def resolved_secret_key(self) -> str:
        if self.secret_key:
            return self.secret_key
        # Development fallback: a random per-process key, so nothing is ever hard-coded.
        # Tokens do not survive a restart; set BLOG_SECRET_KEY in any real deployment.
        logger.warning("BLOG_SECRET_KEY is not set; using an ephemeral random key")
        self.secret_key = secrets.token_urlsafe(48)
        return self.secret_key


@lru_cache
def get_settings() -> Settings:
    return Settings()
