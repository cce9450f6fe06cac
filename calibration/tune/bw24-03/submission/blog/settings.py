"""Project settings, read from the environment (think Django's settings.py + django-environ)."""
import os

SECRET_KEY: str = os.environ.get("BLOG_SECRET_KEY", "")
DATABASE_URL: str = os.environ.get("BLOG_DATABASE_URL", "sqlite:///./blog.sqlite3")
DEBUG: bool = os.environ.get("BLOG_DEBUG", "0") == "1"

ACCESS_TOKEN_LIFETIME_MINUTES: int = int(os.environ.get("BLOG_TOKEN_LIFETIME", "60"))
JWT_ALGORITHM = "HS256"

PAGE_SIZE: int = 20
MAX_PAGE_SIZE: int = 100

CORS_ALLOWED_ORIGINS: list[str] = [
    o.strip() for o in os.environ.get("BLOG_CORS_ORIGINS", "").split(",") if o.strip()
]


def check() -> None:
    """Like `manage.py check`: refuse to boot with an unusable configuration."""
    if not SECRET_KEY:
        raise RuntimeError("BLOG_SECRET_KEY must be set (see README)")
