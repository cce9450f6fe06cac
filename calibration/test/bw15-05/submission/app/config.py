import os

from dotenv import load_dotenv

load_dotenv()

JWT_SECRET = os.getenv("JWT_SECRET", "dev_jwt_secret_123")
JWT_EXPIRES_IN_DAYS = int(os.getenv("JWT_EXPIRES_IN_DAYS", "7"))
DB_PATH = os.getenv("DB_PATH", "blog.db")
CORS_ORIGINS = os.getenv("CORS_ORIGINS", "*").split(",")
