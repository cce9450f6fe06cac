from functools import lru_cache

from pydantic import SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="TODO_", frozen=True)

    secret_key: SecretStr
    database_url: str = "sqlite:///./todo.db"
    token_ttl_minutes: int = 30
    bcrypt_rounds: int = 12


@lru_cache
def get_settings() -> Settings:
    return Settings()  # type: ignore[call-arg]  # secret_key comes from the environment
