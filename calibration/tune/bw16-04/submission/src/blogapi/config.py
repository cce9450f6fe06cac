import os
from dataclasses import dataclass, field


def _bool_env(name: str, default: bool = False) -> bool:
    return os.environ.get(name, str(default)).strip().lower() in {"1", "true", "yes"}


def _list_env(name: str) -> list[str]:
    raw = os.environ.get(name, "")
    return [item.strip() for item in raw.split(",") if item.strip()]


@dataclass(frozen=True)
class Settings:
    database_path: str = field(default_factory=lambda: os.environ.get("BLOG_DB_PATH", "blog.sqlite3"))
    session_ttl_seconds: int = field(default_factory=lambda: int(os.environ.get("BLOG_SESSION_TTL", "3600")))
    cors_origins: list[str] = field(default_factory=lambda: _list_env("BLOG_CORS_ORIGINS"))
    # Interactive docs leak the full attack surface; off unless explicitly enabled.
    enable_docs: bool = field(default_factory=lambda: _bool_env("BLOG_ENABLE_DOCS"))


settings = Settings()
