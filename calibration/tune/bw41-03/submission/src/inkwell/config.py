"""Runtime configuration, read from environment variables.

All variables are prefixed with ``INKWELL_``. Only the secret key is required; the
application refuses to start without it rather than falling back to a default.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import timedelta

MIN_SECRET_LENGTH = 32


class ConfigurationError(RuntimeError):
    """Raised when the environment does not describe a usable configuration."""


@dataclass(frozen=True, slots=True)
class Settings:
    """Immutable application settings.

    Attributes:
        secret_key: Key used to sign access tokens (HS256). At least 32 characters.
        database_path: Path of the SQLite database file.
        token_ttl: Lifetime of an access token.
        cors_origins: Origins allowed to call the API from a browser. Empty disables CORS.
    """

    secret_key: str = field(repr=False)
    database_path: str = "inkwell.sqlite3"
    token_ttl: timedelta = timedelta(minutes=30)
    cors_origins: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        if len(self.secret_key) < MIN_SECRET_LENGTH:
            raise ConfigurationError(
                f"the secret key must be at least {MIN_SECRET_LENGTH} characters long"
            )

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> Settings:
        """Build settings from ``environ`` (defaults to :data:`os.environ`)."""
        env = os.environ if environ is None else environ
        try:
            secret_key = env["INKWELL_SECRET_KEY"]
        except KeyError:
            raise ConfigurationError(
                "INKWELL_SECRET_KEY is not set; generate one with "
                "`python -c 'import secrets; print(secrets.token_urlsafe(48))'`"
            ) from None

        raw_origins = env.get("INKWELL_CORS_ORIGINS", "")
        origins = tuple(origin.strip() for origin in raw_origins.split(",") if origin.strip())
        return cls(
            secret_key=secret_key,
            database_path=env.get("INKWELL_DATABASE_PATH", "inkwell.sqlite3"),
            token_ttl=timedelta(minutes=int(env.get("INKWELL_TOKEN_TTL_MINUTES", "30"))),
            cors_origins=origins,
        )
