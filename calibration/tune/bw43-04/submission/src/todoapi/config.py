from __future__ import annotations

import os
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Settings:
    database_path: str
    secret_key: str
    token_ttl_seconds: int = 3600
    scrypt_n: int = 2**14

    @staticmethod
    def from_environ() -> Settings:
        secret = os.environ.get("TODO_SECRET_KEY")
        if not secret or len(secret) < 32:
            raise RuntimeError(
                "TODO_SECRET_KEY must be set to at least 32 characters (see README, 'Running')."
            )
        return Settings(
            database_path=os.environ.get("TODO_DATABASE_PATH", "todo.sqlite3"),
            secret_key=secret,
            token_ttl_seconds=int(os.environ.get("TODO_TOKEN_TTL_SECONDS", "3600")),
        )
