"""Project settings.

Coming from Django I wanted one place that plays the role of ``settings.py``.
Everything is read from the environment (or a local ``.env`` file); the secret
key has no default on purpose, so the app refuses to start without one.
"""
from functools import lru_cache

from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", env_prefix="BLOG_", extra="ignore")

    secret_key: str
    database_url: str = "sqlite://db.sqlite3"
    jwt_algorithm: str = "HS256"
    access_token_expire_minutes: int = 60

    # Pagination (DRF's PAGE_SIZE / max_limit)
    page_size_default: int = 20
    page_size_max: int = 100


@lru_cache
def get_settings() -> Settings:
    return Settings()


def get_tortoise_config() -> dict:
    """Equivalent of Django's DATABASES + INSTALLED_APPS for Tortoise."""
    settings = get_settings()
    return {
        "connections": {"default": settings.database_url},
        "apps": {
            "blog": {
                "models": ["blog.models"],
                "default_connection": "default",
            }
        },
    }
