"""Passwords and tokens.

hash_password is a pure function of (salt, password), which makes it easy to test.
"""

import hashlib
import hmac
import os
import secrets
from datetime import UTC, datetime, timedelta

import jwt

from blog.core import UserId

SECRET_KEY = os.environ.get("SECRET_KEY", "dev-secret-change-me")
ALGORITHM = "HS256"
TOKEN_TTL = timedelta(hours=12)


def new_salt() -> str:
    return secrets.token_hex(16)


def hash_password(password: str, salt: str) -> str:
    digest = hashlib.sha256((salt + password).encode("utf-8")).hexdigest()
    return f"{salt}${digest}"


def check_password(password: str, stored: str) -> bool:
    salt, _, _ = stored.partition("$")
    return hmac.compare_digest(hash_password(password, salt), stored)


def make_token(user_id: UserId, now: datetime | None = None) -> str:
    issued = now or datetime.now(UTC)
    claims = {"sub": str(user_id), "iat": issued, "exp": issued + TOKEN_TTL}
    return jwt.encode(claims, SECRET_KEY, algorithm=ALGORITHM)


def parse_token(token: str) -> UserId | None:
    try:
        claims = jwt.decode(token, SECRET_KEY, algorithms=[ALGORITHM])
    except jwt.PyJWTError:
        return None
    match claims:
        case {"sub": str(sub)} if sub.isdigit():
            return UserId(int(sub))
        case _:
            return None
