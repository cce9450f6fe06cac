from functools import lru_cache

from pydantic import SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    """Application configuration. All values can be overridden via BLOG_* env variables."""

    model_config = SettingsConfigDict(env_prefix="BLOG_", env_file=".env", extra="ignore")

    database_url: str = "sqlite:///./blog.db"
    jwt_secret: SecretStr
    jwt_algorithm: str = "HS256"
    jwt_expires_minutes: int = 60
    pbkdf2_iterations: int = 600_000


@lru_cache
def get_settings() -> Settings:
    return Settings()
