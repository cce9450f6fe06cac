from __future__ import annotations

import os
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Config:
    db_path: str
    jwt_secret: str
    token_ttl_seconds: int
    bcrypt_rounds: int

    @classmethod
    def from_env(cls) -> Config:
        secret = os.environ.get("BLOG_JWT_SECRET", "")
        if not secret:
            raise RuntimeError("BLOG_JWT_SECRET is not set")
        return cls(
            db_path=os.environ.get("BLOG_DB_PATH", "blog.sqlite3"),
            jwt_secret=secret,
            token_ttl_seconds=int(os.environ.get("BLOG_TOKEN_TTL", "3600")),
            bcrypt_rounds=int(os.environ.get("BLOG_BCRYPT_ROUNDS", "12")),
        )
