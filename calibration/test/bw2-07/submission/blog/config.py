import logging
import os
import secrets

log = logging.getLogger("blog")

DATABASE_URL = os.environ.get("BLOG_DATABASE_URL", "sqlite+aiosqlite:///./blog.db")

SECRET_KEY = os.environ.get("BLOG_SECRET_KEY")
if not SECRET_KEY:
    log.warning("BLOG_SECRET_KEY is not set - generating a random one, tokens won't survive restarts")
    SECRET_KEY = secrets.token_urlsafe(32)

ALGORITHM = "HS256"
TOKEN_MINUTES = int(os.environ.get("BLOG_TOKEN_MINUTES", "60"))

DEFAULT_PAGE_SIZE = 10
MAX_PAGE_SIZE = 100
