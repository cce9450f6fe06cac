from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import timedelta


@dataclass(frozen=True, slots=True)
class Config:
    secret: str
    db_path: str
    token_ttl: timedelta

    @staticmethod
    def from_env(env: Mapping[str, str]) -> Config:
        secret = env.get("BLOG_SECRET")
        if not secret:
            raise RuntimeError("BLOG_SECRET is not set")
        return Config(
            secret=secret,
            db_path=env.get("BLOG_DB_PATH", "blog.sqlite3"),
            token_ttl=timedelta(minutes=int(env.get("BLOG_TOKEN_TTL_MINUTES", "30"))),
        )
