import logging
import os
import secrets

logger = logging.getLogger("blog")

DATABASE_URL = os.getenv("BLOG_DATABASE_URL", "sqlite:///./blog.db")
ACCESS_TOKEN_MINUTES = int(os.getenv("BLOG_ACCESS_TOKEN_MINUTES", "60"))
JWT_ALGORITHM = "HS256"

_secret = os.getenv("BLOG_JWT_SECRET")
if not _secret:
    # No secret configured: generate a throwaway one so the API still boots locally.
    # Tokens stop being valid when the process restarts. Set BLOG_JWT_SECRET in any real deployment.
    logger.warning("BLOG_JWT_SECRET is not set, using a random per-process secret")
    _secret = secrets.token_urlsafe(48)
JWT_SECRET: str = _secret

PAGE_DEFAULT = 20
PAGE_MAX = 100
