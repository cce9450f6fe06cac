import logging
import secrets
from functools import lru_cache

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict

logger = logging.getLogger(__name__)


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="TODO_", env_file=".env", extra="ignore")

    database_url: str = "sqlite+aiosqlite:///./todo.db"
    jwt_secret: str | None = None
    jwt_algorithm: str = "HS256"
    access_token_minutes: int = Field(default=30, ge=1, le=24 * 60)
    page_default: int = 20
    page_max: int = 100


@lru_cache
def get_settings() -> Settings:
    settings = Settings()
    if not settings.jwt_secret:
        # Dev convenience only: tokens will not survive a restart. Set TODO_JWT_SECRET in prod.
        logger.warning("TODO_JWT_SECRET not set, using an ephemeral random secret")
        settings.jwt_secret = secrets.token_urlsafe(64)
    return settings
