from functools import lru_cache

from pydantic import Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    """All configuration comes from INKWELL_* environment variables."""

    model_config = SettingsConfigDict(env_prefix="INKWELL_", frozen=True)

    jwt_secret: SecretStr = Field(min_length=32)
    jwt_ttl_minutes: int = Field(default=30, gt=0)
    database_path: str = "inkwell.sqlite3"
    cors_origins: tuple[str, ...] = ("*",)


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    return Settings()  # type: ignore[call-arg]  # populated from the environment
