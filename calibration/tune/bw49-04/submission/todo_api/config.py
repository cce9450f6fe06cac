"""Application settings.

Every value can be set with an environment variable prefixed with ``TODO_``
(for example ``TODO_SECRET_KEY``). The secret key has no default on purpose:
the application refuses to start rather than run with a guessable key.
"""
from pydantic import SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="TODO_", env_file=".env", extra="ignore")

    database_url: str = "sqlite+aiosqlite:///./todo.db"
    secret_key: SecretStr
    token_algorithm: str = "HS256"
    token_expire_minutes: int = 30


settings = Settings()
