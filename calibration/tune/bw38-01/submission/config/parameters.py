import os
from pathlib import Path

from dotenv import load_dotenv

PROJECT_DIR = Path(__file__).resolve().parent.parent

# Same behaviour as the Symfony Dotenv component: real env vars > .env.local > .env
load_dotenv(PROJECT_DIR / ".env.local")
load_dotenv(PROJECT_DIR / ".env")

APP_ENV: str = os.getenv("APP_ENV", "dev")
APP_SECRET: str = os.getenv("APP_SECRET", "ThisTokenIsNotSoSecretChangeIt")

DATABASE_URL: str = os.getenv("DATABASE_URL", "sqlite:///var/data.db")

JWT_TOKEN_TTL: int = int(os.getenv("JWT_TOKEN_TTL", "3600"))
JWT_ALGORITHM: str = "HS256"

PASSWORD_HASHER_COST: int = int(os.getenv("PASSWORD_HASHER_COST", "12"))
