"""Runtime configuration, read from the environment (prefix ``QUILL_``)."""

from functools import lru_cache
from typing import Literal

from pydantic import PositiveInt, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict

JwtAlgorithm = Literal["HS256", "HS384", "HS512"]


class Settings(BaseSettings):
    model_config = SettingsConfigDict(
        env_prefix="QUILL_",
        env_file=".env",
        extra="ignore",
        frozen=True,
    )

    # Deliberately no default: the application refuses to start without a key.
    secret_key: SecretStr
    database_url: str = "sqlite:///./quill.db"
    jwt_algorithm: JwtAlgorithm = "HS256"
    access_token_ttl_minutes: PositiveInt = 30


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    # pydantic-settings fills the required fields from the environment.
    return Settings()
