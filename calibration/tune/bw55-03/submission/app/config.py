import os


class Settings:
    """Application settings, read from environment variables."""

    def __init__(self) -> None:
        self.DATABASE_URL: str = os.getenv("DATABASE_URL", "sqlite:///./todos.db")
        self.SECRET_KEY: str = os.getenv("SECRET_KEY", "dev-secret-key-change-me")
        self.ALGORITHM: str = "HS256"
        self.ACCESS_TOKEN_EXPIRE_MINUTES: int = int(os.getenv("ACCESS_TOKEN_EXPIRE_MINUTES", "30"))
        self.BCRYPT_ROUNDS: int = int(os.getenv("BCRYPT_ROUNDS", "12"))

        # Rate limiting: max requests per client inside a sliding window
        self.RATE_LIMIT_REQUESTS: int = int(os.getenv("RATE_LIMIT_REQUESTS", "60"))
        self.RATE_LIMIT_WINDOW_SECONDS: int = int(os.getenv("RATE_LIMIT_WINDOW_SECONDS", "60"))
        self.RATE_LIMIT_PENALTY_SECONDS: float = float(os.getenv("RATE_LIMIT_PENALTY_SECONDS", "2"))
        self.LOGIN_FAILURE_DELAY_SECONDS: float = float(
            os.getenv("LOGIN_FAILURE_DELAY_SECONDS", "1")
        )


settings = Settings()
