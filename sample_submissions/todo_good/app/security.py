"""Password hashing, accounts and bearer tokens.

Hashing is deliberately slow (PBKDF2), so the functions that hash are plain `def`s: the
routes call them through `run_in_threadpool` and the event loop keeps serving other
requests meanwhile. Accounts are touched from worker threads, so they sit behind a
`threading.Lock`; critical sections never include the hashing itself.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
import threading
import time
from dataclasses import dataclass
from typing import Annotated

from fastapi import Depends, HTTPException, status
from fastapi.security import OAuth2PasswordBearer

PBKDF2_ALGORITHM = "sha512"
PBKDF2_ITERATIONS = 210_000  # OWASP 2023 recommendation for PBKDF2-HMAC-SHA512
SALT_BYTES = 16
TOKEN_TTL_SECONDS = 60 * 60
MAX_PASSWORD_LENGTH = 128

oauth2_scheme = OAuth2PasswordBearer(tokenUrl="/auth/token")


def hash_password(password: str, salt: bytes) -> bytes:
    """CPU-bound on purpose; never call this directly from an `async def`."""
    return hashlib.pbkdf2_hmac(PBKDF2_ALGORITHM, password.encode("utf-8"), salt, PBKDF2_ITERATIONS)


@dataclass(frozen=True)
class Account:
    username: str
    salt: bytes
    password_hash: bytes


@dataclass(frozen=True)
class Session:
    username: str
    expires_at: float


class Accounts:
    """In-memory users and their live tokens."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._users: dict[str, Account] = {}
        self._sessions: dict[str, Session] = {}
        # Hash compared against when the user is unknown, so a wrong username costs
        # as much time as a wrong password and usernames can't be probed by timing.
        self._dummy = Account("", secrets.token_bytes(SALT_BYTES), b"")

    def register(self, username: str, password: str) -> bool:
        """Create the account; False if the name is taken. Blocking: run in a thread."""
        salt = secrets.token_bytes(SALT_BYTES)
        account = Account(username, salt, hash_password(password, salt))
        with self._lock:
            if username in self._users:
                return False
            self._users[username] = account
            return True

    def login(self, username: str, password: str) -> str | None:
        """Return a fresh bearer token, or None. Blocking: run in a thread."""
        if len(password) > MAX_PASSWORD_LENGTH:
            return None
        with self._lock:
            account = self._users.get(username)
        candidate = account or self._dummy
        computed = hash_password(password, candidate.salt)
        if account is None or not hmac.compare_digest(computed, account.password_hash):
            return None
        token = secrets.token_urlsafe(32)
        with self._lock:
            self._sessions[token] = Session(username, time.monotonic() + TOKEN_TTL_SECONDS)
        return token

    def resolve(self, token: str) -> str | None:
        """Username behind a token, if it is known and not expired. Cheap, non-blocking."""
        with self._lock:
            session = self._sessions.get(token)
            if session is None:
                return None
            if session.expires_at < time.monotonic():
                del self._sessions[token]
                return None
            return session.username


_accounts = Accounts()


def get_accounts() -> Accounts:
    """Dependency so tests can swap in a fresh store."""
    return _accounts


async def get_current_user(
    token: Annotated[str, Depends(oauth2_scheme)],
    accounts: Annotated[Accounts, Depends(get_accounts)],
) -> str:
    username = accounts.resolve(token)
    if username is None:
        raise HTTPException(
            status_code=status.HTTP_401_UNAUTHORIZED,
            detail="Invalid or expired token",
            headers={"WWW-Authenticate": "Bearer"},
        )
    return username


CurrentUser = Annotated[str, Depends(get_current_user)]
