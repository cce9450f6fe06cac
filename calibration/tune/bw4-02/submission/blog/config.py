"""Runtime configuration, read from the environment once at start-up."""

import os
from dataclasses import dataclass


@dataclass(frozen=True)
class Settings:
    db_path: str = "blog.db"
    token_ttl_hours: int = 24

    @classmethod
    def from_env(cls) -> "Settings":
        return cls(
            db_path=os.environ.get("BLOG_DB_PATH", cls.db_path),
            token_ttl_hours=int(os.environ.get("BLOG_TOKEN_TTL_HOURS", cls.token_ttl_hours)),
        )
