"""Password hashing and opaque session tokens."""
import asyncio
import hashlib
import secrets

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

_hasher = PasswordHasher()  # argon2id, library defaults (64 MiB, t=3)

# Verified against when the username does not exist, so that a login attempt costs the
# same whether or not the account exists (no user enumeration through timing).
_DUMMY_HASH = _hasher.hash(secrets.token_urlsafe(16))


async def hash_password(password: str) -> str:
    # argon2 is deliberately slow and CPU/memory bound: keep it off the event loop.
    return await asyncio.to_thread(_hasher.hash, password)


def _verify(password_hash: str, password: str) -> bool:
    try:
        return _hasher.verify(password_hash, password)
    except (VerificationError, InvalidHashError):
        return False


async def verify_password(password_hash: str | None, password: str) -> bool:
    if password_hash is None:
        await asyncio.to_thread(_verify, _DUMMY_HASH, password)
        return False
    return await asyncio.to_thread(_verify, password_hash, password)


def new_token() -> str:
    return secrets.token_urlsafe(32)


def token_digest(token: str) -> str:
    # Tokens are 256 random bits, not user-chosen secrets: a plain SHA-256 is the right
    # tool here (a slow KDF would add nothing). Only the digest is stored, so a leaked
    # database does not hand out live sessions.
    return hashlib.sha256(token.encode("ascii")).hexdigest()
