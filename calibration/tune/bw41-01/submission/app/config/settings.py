"""App configuration, loosely modelled on config/application.rb + credentials."""

import os

DATABASE_URL = os.environ.get("DATABASE_URL", "sqlite:///./development.sqlite3")

SECRET_KEY_BASE = os.environ.get("SECRET_KEY_BASE", "8c1f0e4b7a2d9c3e6f5a1b0d4c7e2f9a")
JWT_ALGORITHM = "HS256"
TOKEN_TTL_MINUTES = int(os.environ.get("TOKEN_TTL_MINUTES", "60"))
