from pydantic import Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    """Read from BLOG_* environment variables (or a .env file)."""

    model_config = SettingsConfigDict(env_prefix="BLOG_", env_file=".env", extra="ignore")

    database_url: str = "sqlite+aiosqlite:///./blog.db"
    jwt_secret: SecretStr = Field(min_length=32)
    jwt_ttl_minutes: int = Field(default=60, gt=0)
    bcrypt_rounds: int = Field(default=12, ge=4, le=16)
    cors_origins: list[str] = Field(default_factory=list)
