from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    """Configuration, read from ``TODO_*`` environment variables or a ``.env`` file.

    There is deliberately no default for the secret key: the app refuses to start
    without one rather than signing tokens with a well-known value.
    """

    model_config = SettingsConfigDict(env_prefix="TODO_", env_file=".env", extra="ignore")

    secret_key: str = Field(min_length=32, repr=False)
    database_path: str = "todo.db"
    token_ttl_minutes: int = Field(default=30, gt=0, le=24 * 60)
    jwt_algorithm: str = "HS256"
