from functools import lru_cache

from pydantic import Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="BLOG_", env_file=".env", extra="forbid")

    jwt_secret: SecretStr
    jwt_issuer: str = "blog-api"
    jwt_audience: str = "blog-api"
    access_token_ttl_minutes: int = Field(default=15, ge=1, le=120)

    database_url: str = "sqlite+aiosqlite:///./blog.db"
    bcrypt_rounds: int = Field(default=12, ge=4, le=15)
    cors_origins: list[str] = []

    rate_limit_window_seconds: int = 60
    rate_limit_login: int = 5
    rate_limit_register: int = 5
    rate_limit_write: int = 30

    @field_validator("jwt_secret")
    @classmethod
    def _strong_secret(cls, v: SecretStr) -> SecretStr:
        if len(v.get_secret_value()) < 32:
            raise ValueError("BLOG_JWT_SECRET must be at least 32 characters")
        return v


@lru_cache
def get_settings() -> Settings:
    return Settings()  # type: ignore[call-arg]
