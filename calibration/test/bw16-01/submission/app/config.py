import logging
import secrets
from functools import lru_cache

from pydantic_settings import BaseSettings, SettingsConfigDict

logger = logging.getLogger(__name__)


class ApplicationProperties(BaseSettings):
    """Equivalent of application.properties, bound from BLOG_* environment variables."""

    model_config = SettingsConfigDict(env_prefix="BLOG_", env_file=".env", extra="ignore")

    database_url: str = "sqlite:///./blog.db"
    jwt_secret: str | None = None
    jwt_algorithm: str = "HS256"
    jwt_expiration_minutes: int = 60
    cors_allowed_origins: list[str] = ["http://localhost:4200"]
    default_page_size: int = 20
    max_page_size: int = 100


@lru_cache
def get_properties() -> ApplicationProperties:
    properties = ApplicationProperties()
    if not properties.jwt_secret:
        logger.warning("BLOG_JWT_SECRET is not set, generating an ephemeral secret (tokens die on restart)")
        properties.jwt_secret = secrets.token_urlsafe(48)
    return properties
