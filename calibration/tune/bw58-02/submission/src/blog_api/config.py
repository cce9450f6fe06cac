from functools import lru_cache

from pydantic_settings import BaseSettings, SettingsConfigDict


class ApplicationProperties(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="BLOG_", env_file=".env")

    database_url: str = "sqlite:///./blog.db"
    jwt_secret: str = "blog-api-dev-secret-key-2024"
    jwt_algorithm: str = "HS256"
    jwt_expiration_minutes: int = 60


@lru_cache
def get_properties() -> ApplicationProperties:
    return ApplicationProperties()
