"""
Application settings.

We use pydantic-settings so that every value can come from an environment
variable (or a .env file during development). Nothing secret lives in the code:
SECRET_KEY has NO default, so the app refuses to start if you forget to set it.
"""
from functools import lru_cache

from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    # Read variables from a .env file if there is one, ignore unknown keys.
    model_config = SettingsConfigDict(env_file=".env", extra="ignore")

    # Used to sign the JWT access tokens. Required!
    secret_key: str
    # HS256 = HMAC with SHA-256, the usual choice for a single service.
    algorithm: str = "HS256"
    # How long a token stays valid.
    access_token_expire_minutes: int = 30

    # SQLAlchemy connection string. SQLite is perfect for a demo,
    # swap it for postgresql+psycopg://... in production.
    database_url: str = "sqlite:///./blog.db"

    # Which front-end origins may call us from a browser.
    cors_origins: list[str] = ["http://localhost:3000"]


@lru_cache
def get_settings() -> Settings:
    """Create the settings once and reuse them (the cache makes this a singleton)."""
    return Settings()
