import os
import secrets
from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Settings:
    database_url: str = field(default_factory=lambda: os.getenv("BLOG_DATABASE", "blog.sqlite3"))
    secret_key: str = field(
        default_factory=lambda: os.getenv("BLOG_SECRET_KEY") or secrets.token_urlsafe(48)
    )
    jwt_algorithm: str = "HS256"
    token_ttl_seconds: int = field(default_factory=lambda: int(os.getenv("BLOG_TOKEN_TTL", "3600")))
