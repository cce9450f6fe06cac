import os
from dataclasses import dataclass


@dataclass(frozen=True)
class Config:
    db_path: str = os.getenv("TODO_DB_PATH", "todo.db")
    secret_key: str = os.getenv("TODO_SECRET_KEY", "dev-secret-change-me")
    token_ttl_minutes: int = int(os.getenv("TODO_TOKEN_TTL_MINUTES", "60"))
    bcrypt_rounds: int = int(os.getenv("TODO_BCRYPT_ROUNDS", "12"))
    default_limit: int = 20
    max_limit: int = 100


config = Config()
