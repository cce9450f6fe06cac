import os
from dataclasses import dataclass


@dataclass(frozen=True)
class Config:
    addr: str
    port: int
    db_path: str
    jwt_secret: str
    token_ttl_seconds: int
    pbkdf2_iterations: int


def load_config() -> Config:
    secret = os.environ.get("JWT_SECRET", "")
    if secret == "":
        raise RuntimeError("JWT_SECRET must be set")

    return Config(
        addr=os.environ.get("ADDR", "127.0.0.1"),
        port=int(os.environ.get("PORT", "8080")),
        db_path=os.environ.get("DB_PATH", "todo.db"),
        jwt_secret=secret,
        token_ttl_seconds=int(os.environ.get("TOKEN_TTL_SECONDS", "3600")),
        pbkdf2_iterations=int(os.environ.get("PBKDF2_ITERATIONS", "600000")),
    )
