import os
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Config:
    secret_key_base: str
    database_url: str = "sqlite+aiosqlite:///./blog_dev.db"
    cors_origins: list[str] = field(default_factory=list)

    @classmethod
    def from_env(cls) -> "Config":
        secret = os.environ.get("SECRET_KEY_BASE")
        if not secret:
            raise RuntimeError(
                "SECRET_KEY_BASE is not set. Generate one with: "
                "python -c 'import secrets; print(secrets.token_urlsafe(48))'"
            )
        origins = [o.strip() for o in os.environ.get("CORS_ORIGINS", "").split(",") if o.strip()]
        return cls(
            secret_key_base=secret,
            database_url=os.environ.get("DATABASE_URL", cls.database_url),
            cors_origins=origins,
        )
