"""Password hashing, named after django.contrib.auth.hashers."""
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from config.settings import settings

_hasher = PasswordHasher(
    time_cost=settings.ARGON2_TIME_COST,
    memory_cost=settings.ARGON2_MEMORY_COST,
    parallelism=settings.ARGON2_PARALLELISM,
)

# Used to spend the same time on unknown usernames as on wrong passwords.
_DUMMY_HASH = _hasher.hash("not-a-real-password")


def make_password(raw_password: str) -> str:
    return _hasher.hash(raw_password)


def check_password(raw_password: str, encoded: str | None) -> bool:
    try:
        return _hasher.verify(encoded or _DUMMY_HASH, raw_password) and encoded is not None
    except (VerificationError, InvalidHashError):
        return False
