"""Password hashing and opaque bearer tokens.

Passwords use PBKDF2-HMAC-SHA256 with a per-user random salt, stored in the same
``algorithm$iterations$salt$hash`` format Django uses, so the iteration count can be raised
later without invalidating existing hashes.

Tokens are random strings handed to the client once; only their SHA-256 digest is stored, so a
leaked database does not leak usable tokens.
"""
from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
from datetime import UTC, datetime, timedelta

from app.config import get_settings

ALGORITHM = "pbkdf2_sha256"


def _b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode("ascii")


def hash_password(password: str, *, salt: str | None = None, iterations: int | None = None) -> str:
    salt = salt or secrets.token_hex(16)
    iterations = iterations or get_settings().pbkdf2_iterations
    digest = hashlib.pbkdf2_hmac("sha256", password.encode("utf-8"), salt.encode("ascii"), iterations)
    return f"{ALGORITHM}${iterations}${salt}${_b64(digest)}"


def verify_password(password: str, encoded: str) -> bool:
    try:
        algorithm, iterations, salt, _ = encoded.split("$", 3)
    except ValueError:
        return False
    if algorithm != ALGORITHM:
        return False
    candidate = hash_password(password, salt=salt, iterations=int(iterations))
    return hmac.compare_digest(candidate, encoded)


# A valid hash of a random password, used to spend the same time on unknown usernames as on
# wrong passwords (no username enumeration through response timing).
_DUMMY_HASH: str | None = None


def dummy_verify(password: str) -> None:
    global _DUMMY_HASH
    if _DUMMY_HASH is None:
        _DUMMY_HASH = hash_password(secrets.token_hex(16))
    verify_password(password, _DUMMY_HASH)


def new_token() -> str:
    return secrets.token_urlsafe(32)


def token_digest(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def token_expiry(now: datetime | None = None) -> datetime:
    now = now or datetime.now(UTC)
    return now + timedelta(minutes=get_settings().token_ttl_minutes)
