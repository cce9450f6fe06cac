"""HTTP Basic authentication against the users table.

Passwords are stored as salted PBKDF2-SHA256 hashes (200k iterations), never in clear.
"""

from __future__ import annotations

import hashlib
import hmac
import os
from typing import Annotated

from fastapi import Depends, HTTPException, status
from fastapi.security import HTTPBasic, HTTPBasicCredentials

from app.db import UserRecord, db

ITERATIONS = 200_000
DUMMY_SALT = os.urandom(16)

basic = HTTPBasic()


def hash_password(password: str, salt: bytes) -> bytes:
    return hashlib.pbkdf2_hmac("sha256", password.encode(), salt, ITERATIONS)


async def get_current_user(
    credentials: Annotated[HTTPBasicCredentials, Depends(basic)],
) -> UserRecord:
    """Checks the Basic credentials sent with every request."""
    user = db.users.get(credentials.username)
    salt = user.salt if user else DUMMY_SALT  # same cost for unknown users: no timing leak
    digest = hashlib.pbkdf2_hmac("sha256", credentials.password.encode(), salt, ITERATIONS)
    if user is None or not hmac.compare_digest(digest, user.password_hash):
        raise HTTPException(
            status_code=status.HTTP_401_UNAUTHORIZED,
            detail="Invalid username or password",
            headers={"WWW-Authenticate": "Basic"},
        )
    return user


CurrentUser = Annotated[UserRecord, Depends(get_current_user)]
