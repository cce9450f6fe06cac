import os

DB_PATH: str = os.getenv("BLOG_DB_PATH", "blog.db")
JWT_SECRET: str = os.environ["BLOG_JWT_SECRET"]
JWT_ALGORITHM = "HS256"
CORS_ORIGINS: list[str] = os.getenv("BLOG_CORS_ORIGINS", "*").split(",")
