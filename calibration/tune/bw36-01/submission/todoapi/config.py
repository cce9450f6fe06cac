"""Configuration, read once from the environment at startup."""

from __future__ import annotations

import os
from dataclasses import dataclass


class ErrConfig(Exception):
    """Configuration is missing or invalid. The process should not start."""


@dataclass(frozen=True)
class Config:
    db_path: str
    jwt_secret: str
    token_ttl_seconds: int
    bcrypt_rounds: int


def _int_env(name: str, default: int, minimum: int) -> int:
    raw = os.environ.get(name)
    if raw is None or raw == "":
        return default
    try:
        value = int(raw)
    except ValueError as err:
        raise ErrConfig(f"{name} is not an integer: {raw!r}") from err
    if value < minimum:
        raise ErrConfig(f"{name} must be >= {minimum}, got {value}")
    return value


def load_config() -> Config:
    secret = os.environ.get("TODO_JWT_SECRET", "")
    if len(secret) < 32:
        raise ErrConfig("TODO_JWT_SECRET must be set and be at least 32 characters long")

    return Config(
        db_path=os.environ.get("TODO_DB_PATH", "todo.db"),
        jwt_secret=secret,
        token_ttl_seconds=_int_env("TODO_TOKEN_TTL_SECONDS", 3600, 1),
        bcrypt_rounds=_int_env("TODO_BCRYPT_ROUNDS", 12, 4),
    )
