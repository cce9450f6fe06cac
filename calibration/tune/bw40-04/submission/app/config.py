import os

SECRET_KEY = os.getenv("TODO_SECRET_KEY", "dev-secret-key-change-me-in-production")
ALGORITHM = "HS256"
ACCESS_TOKEN_EXPIRE_MINUTES = int(os.getenv("TODO_TOKEN_EXPIRE_MINUTES", "30"))

DEFAULT_PAGE_SIZE = 20
MAX_PAGE_SIZE = 100

# SQLite stores integers as signed 64-bit; anything larger cannot be bound as a parameter.
MAX_SQL_INT = 2**63 - 1


def db_path() -> str:
    return os.getenv("TODO_DB_PATH", "todo.db")
