from pydantic import Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    """Runtime configuration. Every field can be set with a ``BLOG_``-prefixed env variable."""

    model_config = SettingsConfigDict(env_prefix="BLOG_", env_file=".env", extra="ignore")

    database_url: str = "sqlite:///./blog.db"
    secret_key: SecretStr
    jwt_algorithm: str = "HS256"
    access_token_ttl_minutes: int = Field(default=30, ge=1)
    # Bearer tokens travel in the Authorization header, never in cookies, so the API
    # does not need credentialed CORS; a public read API can be open to any origin.
    cors_origins: list[str] = ["*"]

    @field_validator("secret_key")
    @classmethod
    def secret_long_enough(cls, value: SecretStr) -> SecretStr:
        if len(value.get_secret_value()) < 32:
            raise ValueError("BLOG_SECRET_KEY must be at least 32 characters")
        return value
