"""Application configuration.

All configuration is read from environment variables (optionally from a
``.env`` file in the working directory). Every variable is prefixed with
``TODO_`` to avoid collisions with other services on the same host.

==========================  ========  =======================================
Variable                    Required  Description
==========================  ========  =======================================
``TODO_JWT_SECRET``         yes       HMAC key used to sign access tokens.
``TODO_DATABASE_PATH``      no        SQLite file path (default ``todo.db``).
``TODO_TOKEN_TTL_MINUTES``  no        Access-token lifetime (default 30).
==========================  ========  =======================================
"""

from functools import lru_cache

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    """Typed view over the process environment.

    The JWT secret deliberately has no default: the service refuses to start
    without one rather than silently signing tokens with a well-known key.
    """

    model_config = SettingsConfigDict(env_prefix="TODO_", env_file=".env", extra="ignore")

    jwt_secret: str = Field(min_length=32, description="HMAC-SHA256 signing key.")
    jwt_algorithm: str = "HS256"
    database_path: str = "todo.db"
    token_ttl_minutes: int = Field(default=30, ge=1, le=24 * 60)


@lru_cache
def get_settings() -> Settings:
    """Return the process-wide settings, loading them on first use.

    Returns:
        The cached :class:`Settings` instance.
    """
    return Settings()  # type: ignore[call-arg]
