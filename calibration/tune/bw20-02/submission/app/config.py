import os

# Sensible defaults, override with env vars (12-factor).
DATABASE_URL = os.getenv("DATABASE_URL", "sqlite:///./development.sqlite3")
BCRYPT_COST = int(os.getenv("BCRYPT_COST", "12"))

DEFAULT_PER_PAGE = 20
MAX_PER_PAGE = 100
