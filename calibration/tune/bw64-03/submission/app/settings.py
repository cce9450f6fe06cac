import os
from typing import Final

# Both are mandatory: a KeyError at import time is the desired failure mode.
DATABASE_URL: Final[str] = os.environ["DATABASE_URL"]
JWT_SECRET: Final[str] = os.environ["JWT_SECRET"]

JWT_ALGORITHM: Final = "HS256"
TOKEN_MINUTES: Final[int] = int(os.environ.get("TOKEN_MINUTES", "60"))

PAGE_DEFAULT: Final = 25
PAGE_MAX: Final = 100
