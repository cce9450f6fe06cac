from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    """Read from environment variables prefixed with TODO_ (or a local .env file)."""

    model_config = SettingsConfigDict(env_prefix="TODO_", env_file=".env", extra="ignore")

    secret_key: str  # no default on purpose: the app should not start without it
    database_url: str = "sqlite:///todos.db"
    token_minutes: int = 60


settings = Settings()
