"""Runtime configuration. Fails closed: no secret, no start."""

import os
import sys

MIN_SECRET_LEN = 32


def _require_secret() -> str:
    secret = os.environ.get("TODO_JWT_SECRET")
    if not secret or len(secret) < MIN_SECRET_LEN:
        sys.exit(
            "TODO_JWT_SECRET is missing or shorter than "
            f"{MIN_SECRET_LEN} chars. Generate one with: "
            "python -c 'import secrets; print(secrets.token_urlsafe(48))'"
        )
    return secret


JWT_SECRET: str = _require_secret()
JWT_ALG = "HS256"
JWT_ISSUER = "todo-api"
JWT_AUDIENCE = "todo-api-clients"
TOKEN_TTL_SECONDS = int(os.environ.get("TODO_TOKEN_TTL", "900"))

DB_PATH = os.environ.get("TODO_DB_PATH", "todo.sqlite3")

# Swagger/ReDoc/openapi.json are off unless explicitly enabled.
ENABLE_DOCS = os.environ.get("TODO_ENABLE_DOCS") == "1"

LOGIN_MAX_ATTEMPTS = 5
LOGIN_WINDOW_SECONDS = 300
