import os


class Settings:
    """Poor man's django.conf.settings: override anything with an environment variable."""

    DEBUG: bool = os.getenv("DEBUG", "1") == "1"

    DATABASE_URL: str = os.getenv(
        "DATABASE_URL", "postgresql+asyncpg://blog:blog@localhost:5432/blog"
    )

    SECRET_KEY: str = os.getenv("SECRET_KEY", "django-insecure-7f#k2$x!q9w@b3m^z8r1t&v0p5n6c4")
    ALGORITHM: str = "HS256"
    ACCESS_TOKEN_EXPIRE_MINUTES: int = 60 * 24 * 7

    CORS_ALLOW_ALL_ORIGINS: bool = True

    PAGE_SIZE: int = 10
    MAX_PAGE_SIZE: int = 100


settings = Settings()
