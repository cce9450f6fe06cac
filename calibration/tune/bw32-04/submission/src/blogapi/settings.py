"""Runtime configuration. Everything sensitive comes from the environment."""

from functools import lru_cache

from pydantic import Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="BLOG_", env_file=".env", extra="ignore")

    jwt_secret: SecretStr = Field(min_length=32)
    jwt_algorithm: str = "HS256"
    jwt_issuer: str = "blogapi"
    jwt_audience: str = "blogapi-clients"
    access_token_ttl_minutes: int = Field(default=15, ge=1, le=24 * 60)

    database_url: str = "sqlite+aiosqlite:///./blog.db"
    sql_echo: bool = False

    cors_origins: list[str] = Field(default_factory=list)
    docs_enabled: bool = True


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    return Settings()  # type: ignore[call-arg]  # values come from the environment
