import logging
import os
import secrets
from collections.abc import Mapping
from dataclasses import dataclass

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class Settings:
    database_url: str
    jwt_secret: str
    token_ttl_minutes: int = 30


def load_settings(env: Mapping[str, str] = os.environ) -> Settings:
    secret = env.get("JWT_SECRET", "")
    if not secret:
        logger.warning("JWT_SECRET is not set: using a random secret, tokens die with the process")
        secret = secrets.token_urlsafe(32)
    return Settings(
        database_url=env.get("DATABASE_URL", "sqlite:///./blog.db"),
        jwt_secret=secret,
        token_ttl_minutes=int(env.get("TOKEN_TTL_MINUTES", "30")),
    )
