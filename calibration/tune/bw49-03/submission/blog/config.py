import os


class Config:
    """Base configuration, read from the environment (same idea as Flask's app.config)."""

    TESTING: bool = False
    SQLALCHEMY_DATABASE_URI: str = os.environ.get("DATABASE_URL", "sqlite:///blog.db")
    SQLALCHEMY_ECHO: bool = os.environ.get("SQLALCHEMY_ECHO", "0") == "1"

    SECRET_KEY: str | None = os.environ.get("SECRET_KEY")
    JWT_ALGORITHM: str = "HS256"
    JWT_EXPIRES_MINUTES: int = int(os.environ.get("JWT_EXPIRES_MINUTES", "60"))

    PER_PAGE: int = 20
    MAX_PER_PAGE: int = 100

    CORS_ORIGINS: list[str] = [
        origin.strip() for origin in os.environ.get("CORS_ORIGINS", "").split(",") if origin.strip()
    ]


class TestingConfig(Config):
    TESTING = True
    SQLALCHEMY_DATABASE_URI = "sqlite://"
    SECRET_KEY = "testing-only-secret-key-with-32-bytes!!"
