import secrets

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="TODO_", env_file=".env", extra="ignore")

    database_path: str = "todos.db"
    # No default secret in the code: if TODO_SECRET_KEY is not set we generate one per
    # process (tokens then stop working after a restart, which is fine for local dev).
    secret_key: str = Field(default_factory=lambda: secrets.token_urlsafe(32))
    algorithm: str = "HS256"
    access_token_expire_minutes: int = 30


settings = Settings()
