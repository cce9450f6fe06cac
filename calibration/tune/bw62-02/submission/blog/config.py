import os
from dataclasses import dataclass
from functools import lru_cache


@dataclass(frozen=True)
class Settings:
    secret_key: str
    db_path: str
    token_minutes: int


@lru_cache
def get_settings() -> Settings:
    secret = os.environ.get("BLOG_SECRET_KEY")
    if not secret:
        raise RuntimeError("BLOG_SECRET_KEY is not set (see README)")
    return Settings(
        secret_key=secret,
        db_path=os.environ.get("BLOG_DB_PATH", "blog.db"),
        token_minutes=int(os.environ.get("BLOG_TOKEN_MINUTES", "60")),
    )
