from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import timedelta


@dataclass(frozen=True, slots=True)
class Settings:
    db_path: str = "todo.db"
    token_ttl: timedelta = timedelta(hours=12)

    @classmethod
    def from_env(cls, env: Mapping[str, str] = os.environ) -> Settings:
        return cls(
            db_path=env.get("TODO_DB_PATH", "todo.db"),
            token_ttl=timedelta(minutes=int(env.get("TODO_TOKEN_TTL_MINUTES", "720"))),
        )
