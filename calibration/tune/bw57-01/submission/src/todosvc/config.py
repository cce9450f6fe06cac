from functools import lru_cache

from pydantic import Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    """Runtime configuration. Every value comes from the environment (or a .env file)."""

    model_config = SettingsConfigDict(env_prefix="TODOSVC_", env_file=".env", extra="ignore")

    database_url: str = Field(validation_alias="DATABASE_URL")
    jwt_secret: SecretStr
    jwt_algorithm: str = "HS256"
    access_token_ttl_seconds: int = Field(default=3600, gt=0)
    bcrypt_rounds: int = Field(default=12, ge=4, le=16)
    db_pool_size: int = Field(default=5, ge=1)
    db_pool_recycle_seconds: int = Field(default=1800, gt=0)
    create_schema: bool = True

    @field_validator("jwt_secret")
    @classmethod
    def _secret_long_enough(cls, value: SecretStr) -> SecretStr:
        if len(value.get_secret_value()) < 32:
            raise ValueError("must be at least 32 characters")
        return value


@lru_cache
def get_settings() -> Settings:
    return Settings()
