"""Runtime configuration, read once from environment variables."""

from __future__ import annotations

import os
from dataclasses import dataclass


def _int_env(name: str, default: int) -> int:
    raw = os.environ.get(name)
    if raw is None or raw == "":
        return default
    try:
        return int(raw)
    except ValueError as exc:
        raise RuntimeError(f"{name} must be an integer, got {raw!r}") from exc


@dataclass(frozen=True)
class Settings:
    database_path: str = "todo.sqlite3"
    token_ttl_seconds: int = 60 * 60 * 12
    # Defaults follow argon2-cffi's RFC 9106 "low memory" profile; tests lower them.
    argon2_time_cost: int = 3
    argon2_memory_cost_kib: int = 64 * 1024
    default_page_size: int = 20
    max_page_size: int = 100

    @classmethod
    def from_env(cls) -> Settings:
        return cls(
            database_path=os.environ.get("TODO_DATABASE_PATH", cls.database_path),
            token_ttl_seconds=_int_env("TODO_TOKEN_TTL_SECONDS", cls.token_ttl_seconds),
        )
