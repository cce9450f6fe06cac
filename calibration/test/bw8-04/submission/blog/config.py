"""
All tunables in one place. Every value can be overridden from the environment.
Nothing secret has a default in this file.
"""
import logging
import os
import secrets

log = logging.getLogger("blog")

DB_PATH: str = os.environ.get("BLOG_DB_PATH", "blog.sqlite3")

# Password hashing: PBKDF2-HMAC-SHA256. OWASP 2023 recommendation is 600000 iterations.
PBKDF2_ITERATIONS: int = int(os.environ.get("BLOG_PBKDF2_ITERATIONS", "600000"))
PBKDF2_SALT_BYTES: int = 16

# Access tokens
TOKEN_TTL_SECONDS: int = int(os.environ.get("BLOG_TOKEN_TTL_SECONDS", "3600"))
TOKEN_MAX_LEN: int = 512  # anything longer is rejected before any decoding


def _load_token_secret() -> bytes:
    raw = os.environ.get("BLOG_TOKEN_SECRET")
    if raw is None:
        # No secret configured: use a random one. Tokens then do not survive a restart,
        # which is acceptable for development and safer than a constant.
        log.warning("BLOG_TOKEN_SECRET not set, using a random per-process secret")
        return secrets.token_bytes(32)
    secret = raw.encode("utf-8")
    if len(secret) < 32:
        raise RuntimeError("BLOG_TOKEN_SECRET must be at least 32 bytes")
    return secret


TOKEN_SECRET: bytes = _load_token_secret()

# Field limits
USERNAME_MIN: int = 3
USERNAME_MAX: int = 32
PASSWORD_MIN: int = 8
PASSWORD_MAX: int = 256
TITLE_MAX: int = 200
CONTENT_MAX: int = 20000
COMMENT_MAX: int = 2000

# Pagination
PAGE_DEFAULT: int = 20
PAGE_MAX: int = 100
OFFSET_MAX: int = 1_000_000
