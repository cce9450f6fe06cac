import os
from dataclasses import dataclass


@dataclass(frozen=True)
class Settings:
    db_path: str
    bcrypt_rounds: int
    token_ttl_seconds: int


def load_settings() -> Settings:
    rounds = int(os.environ.get("TODO_BCRYPT_ROUNDS", "13"))
    if not 4 <= rounds <= 31:
        raise ValueError("TODO_BCRYPT_ROUNDS must be between 4 and 31")
    return Settings(
        db_path=os.environ.get("TODO_DB_PATH", "todo.sqlite3"),
        bcrypt_rounds=rounds,
        token_ttl_seconds=int(os.environ.get("TODO_TOKEN_TTL", "3600")),
    )


settings = load_settings()
