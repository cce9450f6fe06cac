"""Runtime configuration, read once from the environment."""

from __future__ import annotations

import logging
import os
import secrets
from dataclasses import dataclass

logger = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Settings:
    secret_key: str
    token_ttl_minutes: int = 30
    jwt_algorithm: str = "HS256"


def load_settings() -> Settings:
    """Build the settings from environment variables.

    ``TODO_SECRET_KEY`` signs the access tokens. When it is not set we generate a
    random key for this process only. That is safe (nothing secret lives in the
    source) and, because the store is in memory too, it loses nothing: a restart
    forgets every user anyway, so old tokens *should* stop working.
    """
    secret = os.environ.get("TODO_SECRET_KEY")
    if not secret:
        logger.warning(
            "TODO_SECRET_KEY is not set; using a random per-process key. "
            "Tokens will not survive a restart."
        )
        secret = secrets.token_urlsafe(32)
    ttl = int(os.environ.get("TODO_TOKEN_TTL_MINUTES", "30"))
    return Settings(secret_key=secret, token_ttl_minutes=ttl)
