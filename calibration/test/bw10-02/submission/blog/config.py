import os
from dataclasses import dataclass


@dataclass(frozen=True)
class Config:
    db_path: str
    secret: bytes
    token_ttl_seconds: int


def load_config() -> Config:
    secret = os.environ.get("BLOG_SECRET", "")
    if len(secret) < 32:
        raise RuntimeError("BLOG_SECRET must be set and at least 32 characters long")

    ttl_raw = os.environ.get("BLOG_TOKEN_TTL", "3600")
    try:
        ttl = int(ttl_raw)
    except ValueError as exc:
        raise RuntimeError(f"BLOG_TOKEN_TTL must be an integer, got {ttl_raw!r}") from exc
    if ttl <= 0:
        raise RuntimeError("BLOG_TOKEN_TTL must be positive")

    return Config(
        db_path=os.environ.get("BLOG_DB", "blog.db"),
        secret=secret.encode(),
        token_ttl_seconds=ttl,
    )
