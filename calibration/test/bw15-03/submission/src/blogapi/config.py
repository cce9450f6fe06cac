"""Runtime configuration.

All parameters are read once, from environment variables, when
:func:`load_config` is called. No configuration file is used.
"""

import os
from dataclasses import dataclass


@dataclass(frozen=True)
class Config:
    """Immutable bundle of configuration values.

    Attributes
    ----------
    database_url : str
        SQLAlchemy URL of the database, e.g. ``sqlite:///./blog.sqlite3``.
    secret_key : str
        Key used to sign bearer tokens (HMAC-SHA256).
    token_lifetime_s : int
        Validity of an issued token, in seconds.
    """

    database_url: str
    secret_key: str
    token_lifetime_s: int


def load_config():
    """Read the configuration from the process environment.

    Returns
    -------
    Config
        The configuration. Unset variables fall back to defaults that are
        suitable for local experimentation.
    """
    return Config(
        database_url=os.environ.get("BLOG_DATABASE_URL", "sqlite:///./blog.sqlite3"),
        secret_key=os.environ.get("BLOG_SECRET_KEY", "blogapi-development-key"),
        token_lifetime_s=int(os.environ.get("BLOG_TOKEN_LIFETIME", "86400")),
    )
