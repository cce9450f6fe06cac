import logging
import os
import secrets
from dataclasses import dataclass

log = logging.getLogger("blog")


@dataclass(frozen=True, slots=True)
class Settings:
    secret: bytes
    token_ttl_s: int
    debug: bool


def load() -> Settings:
    raw = os.environ.get("BLOG_SECRET")
    if raw:
        secret = raw.encode()
    else:
        # Storage is in-memory, so tokens can't outlive the process anyway:
        # a per-process random key is enough when none is configured.
        log.warning("BLOG_SECRET not set, using a random per-process key")
        secret = secrets.token_bytes(32)
    return Settings(
        secret=secret,
        token_ttl_s=int(os.environ.get("BLOG_TOKEN_TTL", "3600")),
        debug=os.environ.get("BLOG_DEBUG", "0") == "1",
    )


settings = load()
