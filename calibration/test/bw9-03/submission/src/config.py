import os

DB_PATH = os.getenv("DB_PATH", "blog.db")
JWT_SECRET = os.getenv("JWT_SECRET", "dev-secret")
JWT_ALGORITHM = "HS256"
JWT_EXPIRES_MINUTES = int(os.getenv("JWT_EXPIRES_MINUTES", "60"))
CORS_ORIGINS = os.getenv("CORS_ORIGINS", "*").split(",")
