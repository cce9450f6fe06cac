import os
from dataclasses import dataclass


@dataclass(frozen=True)
class Settings:
    database: str = "blog.db"
    token_ttl_seconds: int = 3600

    @classmethod
    def from_env(cls) -> "Settings":
        return cls(
            database=os.environ.get("BLOG_DATABASE", cls.database),
            token_ttl_seconds=int(os.environ.get("BLOG_TOKEN_TTL_SECONDS", cls.token_ttl_seconds)),
        )
