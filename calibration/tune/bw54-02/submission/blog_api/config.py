import os


class Config:
    """Application settings, read once from the environment (12-factor style)."""

    SECRET_KEY = os.environ.get("SECRET_KEY")
    DATABASE_URL = os.environ.get("DATABASE_URL", "sqlite:///./blog.db")

    JWT_ALGORITHM = "HS256"
    JWT_EXPIRES_MINUTES = int(os.environ.get("JWT_EXPIRES_MINUTES", "60"))

    DEFAULT_PAGE_SIZE = 20
    MAX_PAGE_SIZE = 100

    CORS_ORIGINS = [o for o in os.environ.get("CORS_ORIGINS", "").split(",") if o]


config = Config()
