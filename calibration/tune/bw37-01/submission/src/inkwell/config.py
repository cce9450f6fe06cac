"""Configuration, read once from the environment at start-up."""

import os
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import timedelta

from .result import Err, Ok, Result

MIN_SECRET_LENGTH = 32


@dataclass(frozen=True, slots=True)
class Settings:
    database_url: str
    jwt_secret: str
    token_ttl: timedelta


def load_settings(env: Mapping[str, str] = os.environ) -> Result[Settings, str]:
    secret = env.get("INKWELL_JWT_SECRET", "")
    if len(secret) < MIN_SECRET_LENGTH:
        return Err(f"INKWELL_JWT_SECRET must be set to at least {MIN_SECRET_LENGTH} characters")

    raw_ttl = env.get("INKWELL_TOKEN_TTL_MINUTES", "30")
    if not raw_ttl.isdigit() or int(raw_ttl) == 0:
        return Err("INKWELL_TOKEN_TTL_MINUTES must be a positive integer")

    return Ok(
        Settings(
            database_url=env.get("INKWELL_DATABASE_URL", "sqlite+aiosqlite:///./inkwell.db"),
            jwt_secret=secret,
            token_ttl=timedelta(minutes=int(raw_ttl)),
        )
    )
