"""Configuration from environment variables.

On Lambda these come from the function's environment (SAM template / SSM).
Defaults are there so the app boots locally with no setup.
"""

import os

STAGE = os.environ.get("STAGE", "local")
LOG_LEVEL = os.environ.get("LOG_LEVEL", "INFO")

# API Gateway stage prefix, e.g. "/prod" when not using a custom domain
API_ROOT_PATH = os.environ.get("API_ROOT_PATH", "")

JWT_SECRET = os.environ.get("JWT_SECRET", "local-dev-secret-change-me")
JWT_ALGORITHM = os.environ.get("JWT_ALGORITHM", "HS256")
TOKEN_TTL_SECONDS = int(os.environ.get("TOKEN_TTL_SECONDS", "3600"))

PBKDF2_ITERATIONS = int(os.environ.get("PBKDF2_ITERATIONS", "310000"))

DEFAULT_PAGE_SIZE = int(os.environ.get("DEFAULT_PAGE_SIZE", "20"))
MAX_PAGE_SIZE = int(os.environ.get("MAX_PAGE_SIZE", "100"))
