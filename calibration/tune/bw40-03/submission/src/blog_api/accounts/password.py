"""Argon2id hashing. Hashing is deliberately slow, so it never runs on the event loop."""
import asyncio

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

_hasher = PasswordHasher()

# Verified against when the username does not exist, so that "unknown user" and "wrong password"
# take the same time and usernames cannot be enumerated by timing.
_DUMMY_HASH = _hasher.hash("not-a-real-password")


def _verify(password: str, password_hash: str) -> bool:
    try:
        return _hasher.verify(password_hash, password)
    except (VerificationError, InvalidHashError):
        return False


async def hash_password(password: str) -> str:
    return await asyncio.to_thread(_hasher.hash, password)


async def verify_password(password: str, password_hash: str) -> bool:
    return await asyncio.to_thread(_verify, password, password_hash)


async def simulate_verify() -> None:
    await verify_password("not-the-password", _DUMMY_HASH)
