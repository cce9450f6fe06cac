"""Accounts, password hashing and bearer tokens, kept in memory.

PBKDF2 is slow on purpose, so everything that hashes is a plain `def`: FastAPI runs those
handlers in its thread pool and the event loop keeps serving other requests. The dicts are
shared between worker threads, hence the `threading.Lock` (never held while hashing).
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
import threading
from typing import Annotated

from fastapi import Depends, HTTPException, status
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

ITERATIONS = 210_000
SALT_BYTES = 16

bearer_scheme = HTTPBearer(auto_error=False)


def hash_password(password: str, salt: bytes) -> bytes:
    """CPU-bound: call it from a `def` (thread pool), never from an `async def`."""
    return hashlib.pbkdf2_hmac("sha512", password.encode("utf-8"), salt, ITERATIONS)


class Accounts:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._users: dict[str, tuple[bytes, bytes]] = {}  # username -> (salt, hash)
        self._tokens: dict[str, str] = {}  # token -> username
        self._dummy_salt = secrets.token_bytes(SALT_BYTES)

    def register(self, username: str, password: str) -> bool:
        """False when the name is taken. Blocking (hashes)."""
        salt = secrets.token_bytes(SALT_BYTES)
        digest = hash_password(password, salt)
        with self._lock:
            if username in self._users:
                return False
            self._users[username] = (salt, digest)
            return True

    def login(self, username: str, password: str) -> str | None:
        """A new random token, or None. Unknown users cost a hash too (no timing oracle)."""
        with self._lock:
            record = self._users.get(username)
        salt, expected = record if record else (self._dummy_salt, b"")
        matches = hmac.compare_digest(hash_password(password, salt), expected)
        if record is None or not matches:
            return None
        token = secrets.token_urlsafe(32)
        with self._lock:
            self._tokens[token] = username
        return token

    def resolve(self, token: str) -> str | None:
        with self._lock:
            return self._tokens.get(token)


_accounts = Accounts()


def get_accounts() -> Accounts:
    """Dependency, so tests can swap in a fresh store."""
    return _accounts


def get_current_user(
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer_scheme)],
    accounts: Annotated[Accounts, Depends(get_accounts)],
) -> str:
    username = accounts.resolve(credentials.credentials) if credentials else None
    if username is None:
        raise HTTPException(
            status.HTTP_401_UNAUTHORIZED,
            detail="Missing or invalid token",
            headers={"WWW-Authenticate": "Bearer"},
        )
    return username


CurrentUser = Annotated[str, Depends(get_current_user)]
