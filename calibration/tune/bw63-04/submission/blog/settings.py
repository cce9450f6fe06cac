"""Configuration from the environment, validated once at startup."""
import os
from dataclasses import dataclass
from functools import lru_cache


class ConfigError(RuntimeError):
    pass


@dataclass(frozen=True, slots=True)
class Settings:
    db_path: str
    secret_key: str
    token_ttl_s: int
    scrypt_n: int
    cors_origins: tuple[str, ...]


def _int_env(name: str, default: int, lo: int, hi: int) -> int:
    raw = os.environ.get(name)
    if raw is None or raw == "":
        return default
    try:
        val = int(raw)
    except ValueError as exc:
        raise ConfigError(f"{name}: not an integer: {raw!r}") from exc
    if not lo <= val <= hi:
        raise ConfigError(f"{name}: {val} not in {lo}..{hi}")
    return val


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    secret = os.environ.get("BLOG_SECRET_KEY", "")
    if len(secret) < 32:
        raise ConfigError("BLOG_SECRET_KEY must be set and at least 32 characters long")

    scrypt_n = _int_env("BLOG_SCRYPT_N", 1 << 14, 1 << 4, 1 << 20)
    if scrypt_n & (scrypt_n - 1):
        raise ConfigError("BLOG_SCRYPT_N must be a power of two")

    origins_raw = os.environ.get("BLOG_CORS_ORIGINS", "")
    origins = tuple(o.strip() for o in origins_raw.split(",") if o.strip())
    if "*" in origins:
        raise ConfigError("BLOG_CORS_ORIGINS: list explicit origins, '*' is not accepted")

    return Settings(
        db_path=os.environ.get("BLOG_DB_PATH", "blog.sqlite3"),
        secret_key=secret,
        token_ttl_s=_int_env("BLOG_TOKEN_TTL_S", 3600, 60, 86400),
        scrypt_n=scrypt_n,
        cors_origins=origins,
    )
