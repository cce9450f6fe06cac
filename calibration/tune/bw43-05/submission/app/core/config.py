import secrets
from typing import List

from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    API_V1_STR: str = "/api/v1"
    SECRET_KEY: str = "09d25e094faa6ca2556c818166b7a9563b93f7099f6f0f4caa6cf63b88e8d3e7"
    # 60 minutes * 24 hours * 8 days = 8 days
    ACCESS_TOKEN_EXPIRE_MINUTES: int = 60 * 24 * 8
    SERVER_NAME: str = "localhost"
    SERVER_HOST: str = "http://localhost"
    # BACKEND_CORS_ORIGINS is a JSON-formatted list of origins
    # e.g: '["http://localhost", "http://localhost:4200", "http://localhost:3000"]'
    BACKEND_CORS_ORIGINS: List[str] = ["*"]

    PROJECT_NAME: str = "Blog API"

    # SQLALCHEMY_DATABASE_URI: str = "postgresql://postgres:postgres@db/app"
    SQLALCHEMY_DATABASE_URI: str = "sqlite:///./app.db"

    FIRST_SUPERUSER: str = "admin"
    FIRST_SUPERUSER_PASSWORD: str = "changethis"
    USERS_OPEN_REGISTRATION: bool = True

    model_config = SettingsConfigDict(case_sensitive=True, env_file=".env")


settings = Settings()
