import os
from dataclasses import dataclass


@dataclass(frozen=True)
class AppConfig:
    jwtSecret: str
    jwtAlgorithm: str = "HS256"
    tokenTtlMinutes: int = 60
    databasePath: str = "todos.db"

    @classmethod
    def fromEnvironment(cls) -> "AppConfig":
        secret = os.environ.get("TODO_JWT_SECRET")
        if not secret:
            raise RuntimeError("TODO_JWT_SECRET must be set")
        return cls(
            jwtSecret=secret,
            tokenTtlMinutes=int(os.environ.get("TODO_TOKEN_TTL_MINUTES", "60")),
            databasePath=os.environ.get("TODO_DATABASE_PATH", "todos.db"),
        )
