from functools import lru_cache

from pydantic_settings import BaseSettings, SettingsConfigDict


class ApplicationProperties(BaseSettings):
    """Equivalent of application.properties; every value can be overridden with TODO_* env vars."""

    model_config = SettingsConfigDict(env_prefix="TODO_")

    database_path: str = "todo.db"
    jwt_secret: str = "changeit"
    jwt_algorithm: str = "HS256"
    jwt_expiration_minutes: int = 60
    page_size_default: int = 20
    page_size_max: int = 100


@lru_cache
def get_properties() -> ApplicationProperties:
    return ApplicationProperties()
