from __future__ import annotations

import hashlib
import secrets
from functools import lru_cache

import bcrypt

KEY_PREFIX = "tdo_"
BCRYPT_MAX_BYTES = 72


def hash_password(password: str, rounds: int) -> str:
    return bcrypt.hashpw(password.encode(), bcrypt.gensalt(rounds)).decode()


def check_password(password: str, password_hash: str) -> bool:
    raw = password.encode()
    if len(raw) > BCRYPT_MAX_BYTES:  # could never have been set at signup
        return False
    return bcrypt.checkpw(raw, password_hash.encode())


@lru_cache(maxsize=4)
def _dummy_hash(rounds: int) -> str:
    return bcrypt.hashpw(b"not-a-real-password", bcrypt.gensalt(rounds)).decode()


def burn_password_check(password: str, rounds: int) -> None:
    """Spend the same bcrypt work as a real check when the username is unknown,
    so response time doesn't reveal which usernames exist."""
    check_password(password, _dummy_hash(rounds))


def new_api_key() -> str:
    return KEY_PREFIX + secrets.token_urlsafe(32)


def digest_api_key(key: str) -> str:
    # API keys are 256 bits of randomness, so a plain SHA-256 is the right tool
    # here (it is what GitHub et al. do); bcrypt is for low-entropy secrets.
    return hashlib.sha256(key.encode()).hexdigest()
