from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    """Runtime configuration, read from TODO_* environment variables (or a .env file).

    There is deliberately no default for the JWT secret: the app refuses to start without one.
    """

    model_config = SettingsConfigDict(env_prefix="TODO_", env_file=".env", extra="ignore")

    database_url: str = "sqlite+aiosqlite:///./todo.db"
    jwt_secret: str = Field(min_length=32)
    jwt_algorithm: str = "HS256"
    access_token_ttl_minutes: int = Field(default=30, gt=0, le=24 * 60)
    bcrypt_rounds: int = Field(default=12, ge=4, le=16)
