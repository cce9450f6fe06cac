from collections.abc import Mapping

from pydantic import BaseModel, ConfigDict, Field


class Settings(BaseModel):
    model_config = ConfigDict(frozen=True)

    jwt_secret: str = Field(min_length=32)
    database_path: str = "todo.db"
    token_ttl_seconds: int = Field(default=3600, gt=0)
    page_default: int = 20
    page_max: int = 100


def load_settings(env: Mapping[str, str]) -> Settings:
    """Pure: environment mapping in, validated settings out (raises on a missing secret)."""
    overrides = {
        key: env[var]
        for key, var in (
            ("jwt_secret", "TODO_JWT_SECRET"),
            ("database_path", "TODO_DATABASE_PATH"),
            ("token_ttl_seconds", "TODO_TOKEN_TTL_SECONDS"),
        )
        if var in env
    }
    return Settings.model_validate(overrides)
