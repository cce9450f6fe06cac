import os
from dataclasses import dataclass, field


def _int_env(name: str, default: int) -> int:
    value = os.environ.get(name)
    return int(value) if value else default


@dataclass
class Settings:
    db_path: str = field(default_factory=lambda: os.environ.get("TODO_DB_PATH", "todo.db"))
    # OWASP 2023 recommendation for PBKDF2-HMAC-SHA256. Tests lower it to keep the suite fast.
    pbkdf2_iterations: int = field(
        default_factory=lambda: _int_env("TODO_PBKDF2_ITERATIONS", 600_000)
    )


settings = Settings()
