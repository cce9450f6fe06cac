from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Self

MIN_SECRET_LEN = 32


class ConfigError(RuntimeError):
    """Raised at start-up when the environment is incomplete or malformed."""


@dataclass(frozen=True, slots=True)
class Settings:
    jwt_secret: str
    jwt_algorithm: str = "HS256"
    token_ttl_seconds: int = 3600
    argon2_time_cost: int = 3
    argon2_memory_cost_kib: int = 65536

    @classmethod
    def from_env(cls) -> Self:
        secret = os.environ.get("TODO_JWT_SECRET")
        if secret is None or len(secret) < MIN_SECRET_LEN:
            raise ConfigError(f"TODO_JWT_SECRET must be set (>= {MIN_SECRET_LEN} characters)")
        return cls(
            jwt_secret=secret,
            token_ttl_seconds=_positive_int("TODO_TOKEN_TTL_SECONDS", 3600),
            argon2_time_cost=_positive_int("TODO_ARGON2_TIME_COST", 3),
            argon2_memory_cost_kib=_positive_int("TODO_ARGON2_MEMORY_KIB", 65536),
        )


def _positive_int(name: str, default: int) -> int:
    raw = os.environ.get(name)
    if raw is None:
        return default
    try:
        value = int(raw)
    except ValueError as exc:
        raise ConfigError(f"{name} must be an integer, got {raw!r}") from exc
    if value <= 0:
        raise ConfigError(f"{name} must be positive, got {value}")
    return value
