"""Runtime configuration, read from environment variables.

Nothing secret lives in this file; every value can be overridden per deployment.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from functools import lru_cache


@dataclass(frozen=True)
class Settings:
    database_path: str
    token_ttl_minutes: int
    pbkdf2_iterations: int
    page_size_default: int
    page_size_max: int


@lru_cache
def get_settings() -> Settings:
    return Settings(
        database_path=os.environ.get("TODO_DATABASE_PATH", "todo.sqlite3"),
        token_ttl_minutes=int(os.environ.get("TODO_TOKEN_TTL_MINUTES", "60")),
        # Same default as Django 5.x's PBKDF2PasswordHasher.
        pbkdf2_iterations=int(os.environ.get("TODO_PBKDF2_ITERATIONS", "870000")),
        page_size_default=20,
        page_size_max=100,
    )
