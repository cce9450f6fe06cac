from pydantic import Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    """Runtime configuration, read from ``TODO_*`` environment variables (or ``.env``)."""

    model_config = SettingsConfigDict(env_prefix="TODO_", env_file=".env", extra="ignore")

    database_url: str
    jwt_secret: SecretStr
    jwt_algorithm: str = "HS256"
    jwt_ttl_minutes: int = Field(default=30, ge=1, le=24 * 60)
    bcrypt_rounds: int = Field(default=12, ge=4, le=16)

    @field_validator("jwt_secret")
    @classmethod
    def _secret_is_long_enough(cls, value: SecretStr) -> SecretStr:
        if len(value.get_secret_value()) < 32:
            raise ValueError("TODO_JWT_SECRET must be at least 32 characters")
        return value
