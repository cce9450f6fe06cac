import os
from dataclasses import dataclass


@dataclass(frozen=True)
class Settings:
    database_path: str
    jwt_secret: str
    jwt_algorithm: str = "HS256"
    access_token_minutes: int = 60


def load_settings() -> Settings:
    secret = os.getenv("JWT_SECRET")
    if not secret:
        raise RuntimeError("JWT_SECRET must be set (see .env.example)")
    return Settings(
        database_path=os.getenv("DATABASE_PATH", "blog.db"),
        jwt_secret=secret,
        access_token_minutes=int(os.getenv("ACCESS_TOKEN_MINUTES", "60")),
    )


settings = load_settings()
