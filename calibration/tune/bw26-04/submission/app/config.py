import os
from dataclasses import dataclass


@dataclass(frozen=True)
class Settings:
    jwt_secret: str
    database_url: str
    token_ttl_min: int


def load_settings() -> Settings:
    secret = os.environ.get("JWT_SECRET")
    if not secret:
        raise RuntimeError("JWT_SECRET environment variable is required")
    return Settings(
        jwt_secret=secret,
        database_url=os.environ.get("DATABASE_URL", "sqlite+aiosqlite:///./blog.db"),
        token_ttl_min=int(os.environ.get("TOKEN_TTL_MIN", "60")),
    )


settings = load_settings()
