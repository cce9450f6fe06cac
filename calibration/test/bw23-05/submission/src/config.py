import os

PORT = int(os.getenv("PORT", 3000))
DB_PATH = os.getenv("DB_PATH", "blog.sqlite")
JWT_SECRET = os.getenv("JWT_SECRET", "dev-secret-change-me")
JWT_ALGORITHM = "HS256"
CORS_ORIGIN = os.getenv("CORS_ORIGIN", "*")
