"""Application settings, read from environment variables."""
import os

SECRET_KEY = os.environ.get("BLOG_SECRET_KEY", "")
if not SECRET_KEY:
    raise RuntimeError(
        "BLOG_SECRET_KEY is not set. Generate one with: "
        "python -c 'import secrets; print(secrets.token_hex(32))'"
    )

ALGORITHM = "HS256"
ACCESS_TOKEN_EXPIRE_MINUTES = int(os.environ.get("BLOG_TOKEN_MINUTES", "60"))
DATABASE_URL = os.environ.get("BLOG_DATABASE_URL", "sqlite:///./blog.db")
LOG_LEVEL = os.environ.get("BLOG_LOG_LEVEL", "INFO")
