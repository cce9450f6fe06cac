import os
from dataclasses import dataclass


@dataclass(frozen=True)
class Config:
    database_url: str
    token_secret: bytes
    token_ttl_seconds: int


def load() -> Config:
    database_url = os.environ.get("DATABASE_URL", "")
    if database_url == "":
        raise RuntimeError(
            "DATABASE_URL is not set (example: postgresql://todo:todo@localhost:5432/todo)"
        )

    secret = os.environ.get("TOKEN_SECRET", "dev-secret-change-me")

    ttl_raw = os.environ.get("TOKEN_TTL_SECONDS", "3600")
    try:
        ttl = int(ttl_raw)
    except ValueError as e:
        raise RuntimeError(f"TOKEN_TTL_SECONDS must be an integer, got {ttl_raw!r}") from e

    return Config(
        database_url=database_url,
        token_secret=secret.encode("utf-8"),
        token_ttl_seconds=ttl,
    )
