from __future__ import annotations

import os
from dataclasses import dataclass


@dataclass(frozen=True)
class Settings:
    database_path: str = "todo.sqlite3"
    api_key_ttl_hours: int = 24 * 7
    bcrypt_rounds: int = 12
    default_page_size: int = 20
    max_page_size: int = 100

    @classmethod
    def from_env(cls) -> Settings:
        env = os.environ
        return cls(
            database_path=env.get("TODO_DATABASE_PATH", cls.database_path),
            api_key_ttl_hours=int(env.get("TODO_API_KEY_TTL_HOURS", cls.api_key_ttl_hours)),
            bcrypt_rounds=int(env.get("TODO_BCRYPT_ROUNDS", cls.bcrypt_rounds)),
        )
