"""
Run-time configuration.

All configuration is read from the process environment, once, at import time.
The secret key is mandatory: we refuse to start without it rather than fall
back to a value that would be identical across installations.

Environment variables
---------------------
BLOG_SECRET_KEY : str
    Key used to sign access tokens (HMAC-SHA256). Required.
BLOG_DB_PATH : str, optional
    Path of the SQLite database file. Defaults to ``blog.db`` in the working
    directory.
BLOG_TOKEN_TTL_MINUTES : int, optional
    Lifetime of an access token, in minutes. Defaults to 60.
"""

from __future__ import annotations

import os
from dataclasses import dataclass


@dataclass(frozen=True)
class Settings:
    """Immutable container for the configuration values described above."""

    secret_key: str
    db_path: str
    token_ttl_minutes: int


def load_settings() -> Settings:
    """
    Build a :class:`Settings` instance from the environment.

    Returns
    -------
    Settings
        The configuration of the running process.

    Raises
    ------
    RuntimeError
        If ``BLOG_SECRET_KEY`` is not set.
    """
    secret = os.environ.get("BLOG_SECRET_KEY")
    if not secret:
        raise RuntimeError(
            "BLOG_SECRET_KEY is not set. Generate one with "
            "`python -c 'import secrets; print(secrets.token_hex(32))'`."
        )
    return Settings(
        secret_key=secret,
        db_path=os.environ.get("BLOG_DB_PATH", "blog.db"),
        token_ttl_minutes=int(os.environ.get("BLOG_TOKEN_TTL_MINUTES", "60")),
    )


settings: Settings = load_settings()
