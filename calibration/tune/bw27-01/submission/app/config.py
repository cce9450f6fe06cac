from functools import lru_cache

from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="TODO_", env_file=".env")

    database_url: str = "sqlite:///./todo.db"
    jwt_secret: str
    jwt_algorithm: str = "HS256"
    token_ttl_minutes: int = 60
    page_default: int = 20
    page_max: int = 100


@lru_cache
def get_settings() -> Settings:
    return Settings()
