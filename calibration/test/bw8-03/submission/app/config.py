"""Application settings.

Everything can be overridden with an environment variable of the same name.
The defaults are chosen so the API runs out of the box for local development.
"""

import os

#: Secret used to sign access tokens. Override this in any shared environment!
SECRET_KEY: str = os.getenv("SECRET_KEY", "dev-secret-key-please-change-me")

#: Algorithm used to sign the JSON Web Tokens.
ALGORITHM: str = "HS256"

#: How long a login stays valid. A week, so people aren't logged out mid-task.
ACCESS_TOKEN_EXPIRE_MINUTES: int = int(os.getenv("ACCESS_TOKEN_EXPIRE_MINUTES", str(60 * 24 * 7)))

#: SQLAlchemy database URL. A local SQLite file by default.
DATABASE_URL: str = os.getenv("DATABASE_URL", "sqlite:///./todos.db")

#: Origins allowed to call the API from a browser (comma separated).
CORS_ORIGINS: list[str] = os.getenv("CORS_ORIGINS", "*").split(",")

#: Pagination defaults for `GET /todos`.
DEFAULT_PAGE_SIZE: int = 20
MAX_PAGE_SIZE: int = 100
