"""Application settings, read once from environment variables.

See `.env.example` for the list of variables and what they do.
"""

import logging
import os
import secrets

logger = logging.getLogger("todo_api")

DATABASE_URL = os.getenv("TODO_API_DATABASE_URL", "sqlite:///./todo.db")

TOKEN_MINUTES = int(os.getenv("TODO_API_TOKEN_MINUTES", "60"))

ALGORITHM = "HS256"

SECRET_KEY = os.getenv("TODO_API_SECRET_KEY") or ""
if not SECRET_KEY:
    # Without a configured key we fall back to a random one. Tokens issued by
    # this process stop working when it restarts.
    logger.warning("TODO_API_SECRET_KEY is not set; using a temporary random key.")
    SECRET_KEY = secrets.token_hex(32)

# Paging defaults for GET /todos.
DEFAULT_PAGE_SIZE = 20
MAX_PAGE_SIZE = 100
