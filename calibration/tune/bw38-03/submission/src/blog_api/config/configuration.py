from functools import lru_cache

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    """Typed app configuration, loaded from env vars / .env (think ConfigModule.forRoot)."""

    model_config = SettingsConfigDict(env_file=".env", extra="ignore")

    app_name: str = "Blog API"
    host: str = "127.0.0.1"
    port: int = 3000

    database_url: str = "sqlite+aiosqlite:///./blog.db"
    db_synchronize: bool = True
    db_logging: bool = False

    jwt_secret: str = Field(min_length=32)
    jwt_expires_in: int = 3600

    bcrypt_rounds: int = Field(default=12, ge=4, le=16)

    cors_origins: list[str] = ["*"]


@lru_cache
def get_settings() -> Settings:
    return Settings()  # type: ignore[call-arg]
