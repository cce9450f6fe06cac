"""Settings, in the spirit of Django's settings.py but read from the environment."""
import logging
import secrets

from pydantic import Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict

logger = logging.getLogger(__name__)


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="BLOG_", env_file=".env", extra="ignore")

    database_url: str = "sqlite:///./blog.sqlite3"
    secret_key: SecretStr | None = None
    jwt_algorithm: str = "HS256"
    access_token_minutes: int = 60
    default_page_size: int = 20
    max_page_size: int = 100
    debug: bool = False

    # Filled in by resolved_secret_key() when BLOG_SECRET_KEY is not set.
    generated_secret: SecretStr = Field(default_factory=lambda: SecretStr(secrets.token_urlsafe(48)))

    def resolved_secret_key(self) -> str:
        if self.secret_key is not None:
            return self.secret_key.get_secret_value()
        logger.warning("BLOG_SECRET_KEY is not set; using a random key (tokens die on restart)")
        return self.generated_secret.get_secret_value()
