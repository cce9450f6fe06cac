from functools import lru_cache

from pydantic import SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    """All runtime configuration comes from BLOG_* environment variables (or .env)."""

    model_config = SettingsConfigDict(env_prefix="BLOG_", env_file=".env", extra="ignore")

    database_url: str = "sqlite:///./data/blog.db"
    jwt_secret: SecretStr
    jwt_algorithm: str = "HS256"
    jwt_ttl_minutes: int = 60
    bcrypt_rounds: int = 12
    log_level: str = "INFO"
    log_json: bool = True
    cors_origins: list[str] = ["*"]


@lru_cache
def get_settings() -> Settings:
    return Settings()
