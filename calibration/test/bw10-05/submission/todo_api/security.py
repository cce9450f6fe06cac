"""Password hashing, token issuing/validation, login throttling."""

import secrets
import threading
import time
from collections import defaultdict, deque

import jwt
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from starlette.concurrency import run_in_threadpool

from . import settings

# argon2id, RFC 9106 "second recommended" profile (64 MiB, t=3, p=4)
_ph = PasswordHasher(time_cost=3, memory_cost=64 * 1024, parallelism=4)

# Verified against when the username does not exist, so an unknown user
# costs the same as a wrong password (no timing oracle for enumeration).
_DUMMY_HASH = _ph.hash(secrets.token_urlsafe(32))


async def hash_password(password: str) -> str:
    return await run_in_threadpool(_ph.hash, password)


def _verify(stored_hash: str | None, password: str) -> bool:
    try:
        return _ph.verify(stored_hash or _DUMMY_HASH, password) and stored_hash is not None
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


async def verify_password(stored_hash: str | None, password: str) -> bool:
    return await run_in_threadpool(_verify, stored_hash, password)


def issue_token(user_id: int, token_version: int) -> str:
    now = int(time.time())
    claims = {
        "sub": str(user_id),
        "ver": token_version,
        "iat": now,
        "nbf": now,
        "exp": now + settings.TOKEN_TTL_SECONDS,
        "iss": settings.JWT_ISSUER,
        "aud": settings.JWT_AUDIENCE,
        "jti": secrets.token_hex(16),
    }
    return jwt.encode(claims, settings.JWT_SECRET, algorithm=settings.JWT_ALG)


def decode_token(token: str) -> dict | None:
    try:
        return jwt.decode(
            token,
            settings.JWT_SECRET,
            algorithms=[settings.JWT_ALG],  # pinned: no "none", no RS/HS confusion
            audience=settings.JWT_AUDIENCE,
            issuer=settings.JWT_ISSUER,
            options={"require": ["sub", "exp", "iat", "nbf", "iss", "aud", "jti", "ver"]},
        )
    except jwt.PyJWTError:
        return None


class LoginThrottle:
    """Sliding-window limit on failed logins per (username, client ip)."""

    def __init__(self, max_attempts: int, window: int) -> None:
        self.max_attempts = max_attempts
        self.window = window
        self._failures = defaultdict(deque)
        self._lock = threading.Lock()

    def _prune(self, key, now):
        q = self._failures[key]
        while q and q[0] <= now - self.window:
            q.popleft()
        return q

    def blocked(self, key) -> bool:
        with self._lock:
            return len(self._prune(key, time.monotonic())) >= self.max_attempts

    def fail(self, key) -> None:
        with self._lock:
            now = time.monotonic()
            self._prune(key, now).append(now)

    def reset(self, key) -> None:
        with self._lock:
            self._failures.pop(key, None)


login_throttle = LoginThrottle(settings.LOGIN_MAX_ATTEMPTS, settings.LOGIN_WINDOW_SECONDS)
