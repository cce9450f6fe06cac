"""Application configuration loaded from environment variables."""
from pydantic_settings import BaseSettings, SettingsConfigDict


class AppSettings(BaseSettings):
    """Strongly-typed settings object (12-factor style)."""

    model_config = SettingsConfigDict(env_prefix="TODO_SERVICE_", env_file=".env", extra="ignore")

    app_name: str = "Todo Service"
    api_version: str = "v1"
    database_url: str = "sqlite:///./todo_service.db"
    secret_key: str
    access_token_expire_minutes: int = 30
    jwt_algorithm: str = "HS256"
    default_page_size: int = 20
    max_page_size: int = 100


_settings: AppSettings | None = None


def get_settings() -> AppSettings:
    """Return a singleton instance of the settings."""
    global _settings
    if _settings is None:
        _settings = AppSettings()  # type: ignore[call-arg]
    return _settings
