"""Project settings.

Everything configurable lives here and is read from the environment
(prefix ``BLOG_``) or a local ``.env`` file, in the spirit of a Django
settings module. Import ``settings`` rather than reading ``os.environ``
anywhere else.
"""
from datetime import timedelta
from functools import lru_cache

from pydantic import SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="BLOG_", env_file=".env", extra="ignore")

    DEBUG: bool = False
    SECRET_KEY: SecretStr
    DATABASE_URL: str = "sqlite:///./db.sqlite3"

    ACCESS_TOKEN_LIFETIME: timedelta = timedelta(minutes=30)
    JWT_ALGORITHM: str = "HS256"

    # argon2id cost parameters (see argon2-cffi docs); lowered in the test settings
    ARGON2_TIME_COST: int = 3
    ARGON2_MEMORY_COST: int = 65536
    ARGON2_PARALLELISM: int = 4

    # Explicit allow-list; an empty list disables CORS entirely.
    CORS_ALLOWED_ORIGINS: list[str] = []

    PAGINATION_DEFAULT_LIMIT: int = 20
    PAGINATION_MAX_LIMIT: int = 100


@lru_cache
def get_settings() -> Settings:
    return Settings()  # type: ignore[call-arg]  # SECRET_KEY comes from the environment


settings = get_settings()
