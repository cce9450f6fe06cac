"""Runtime configuration. Everything sensitive comes from the environment."""
import os


def _secret() -> str:
    value = os.environ.get("BLOG_JWT_SECRET", "")
    if len(value) < 32:
        # refuse to start with a weak or missing key instead of silently using a default
        raise RuntimeError("BLOG_JWT_SECRET must be set (>= 32 chars). Try: python -c 'import secrets;print(secrets.token_urlsafe(48))'")
    return value


JWT_SECRET = _secret()
JWT_ALG = "HS256"
JWT_TTL_SECONDS = int(os.environ.get("BLOG_JWT_TTL", "1800"))
JWT_ISSUER = "blogapi"

DB_PATH = os.environ.get("BLOG_DB_PATH", "blog.db")

# comma separated list of exact origins, e.g. "https://blog.example.com,https://admin.example.com"
CORS_ORIGINS = [o.strip() for o in os.environ.get("BLOG_CORS_ORIGINS", "").split(",") if o.strip()]

ENABLE_DOCS = os.environ.get("BLOG_ENABLE_DOCS", "0") == "1"

LOGIN_MAX_ATTEMPTS = 5
LOGIN_WINDOW_SECONDS = 300
