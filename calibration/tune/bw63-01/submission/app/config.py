"""Runtime configuration.

Everything is read from the environment once, validated, and frozen.
A missing or out-of-range value is a startup error, not a runtime surprise.
"""
import os
from dataclasses import dataclass
from functools import lru_cache


class ConfigError(RuntimeError):
    pass


@dataclass(frozen=True, slots=True)
class Settings:
    db_path: str
    jwt_secret: str
    jwt_ttl_s: int
    pbkdf2_iters: int


def _require(name: str) -> str:
    val = os.environ.get(name)
    if val is None or val.strip() == "":
        raise ConfigError(f"environment variable {name} is not set")
    return val


def _int_in_range(name: str, default: int, lo: int, hi: int) -> int:
    raw = os.environ.get(name, str(default))
    try:
        val = int(raw)
    except ValueError as exc:
        raise ConfigError(f"{name} must be an integer, got {raw!r}") from exc
    if val < lo or val > hi:
        raise ConfigError(f"{name} out of range ({lo}..{hi}), got {val}")
    return val


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    secret = _require("TODO_JWT_SECRET")
    if len(secret) < 32:
        raise ConfigError("TODO_JWT_SECRET must be at least 32 characters")
    return Settings(
        db_path=os.environ.get("TODO_DB_PATH", "todo.sqlite3"),
        jwt_secret=secret,
        jwt_ttl_s=_int_in_range("TODO_JWT_TTL_S", 3600, 60, 86400),
        # 600k is the OWASP 2023 figure for PBKDF2-HMAC-SHA256.
        # The lower bound is only there so the test suite can run quickly.
        pbkdf2_iters=_int_in_range("TODO_PBKDF2_ITERS", 600_000, 1_000, 5_000_000),
    )
