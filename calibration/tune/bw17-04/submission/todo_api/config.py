import os

SECRET_KEY = os.getenv("SECRET_KEY", "qa-local-secret-key-7f3a9c2e")
ALGORITHM = "HS256"
ACCESS_TOKEN_EXPIRE_MINUTES = int(os.getenv("ACCESS_TOKEN_EXPIRE_MINUTES", "30"))
DATABASE_URL = os.getenv("DATABASE_URL", "sqlite:///./todos.db")

DEFAULT_PAGE_SIZE = 10
MAX_PAGE_SIZE = 50
MAX_ID = 2**63 - 1
