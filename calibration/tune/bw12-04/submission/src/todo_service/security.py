"""Password hashing and opaque bearer tokens."""

from __future__ import annotations

import hashlib
import secrets

from argon2 import PasswordHasher as _Argon2
from argon2.exceptions import InvalidHashError, VerificationError

TOKEN_BYTES = 32


class PasswordHasher:
    def __init__(self, time_cost: int, memory_cost_kib: int) -> None:
        self._argon2 = _Argon2(time_cost=time_cost, memory_cost=memory_cost_kib)
        # Verified against when the username does not exist, so that a login attempt
        # costs the same whether or not the account exists.
        self._dummy_hash = self._argon2.hash(secrets.token_hex(16))

    def hash(self, password: str) -> str:
        return self._argon2.hash(password)

    def verify(self, password_hash: str | None, password: str) -> bool:
        try:
            return self._argon2.verify(password_hash or self._dummy_hash, password) and (
                password_hash is not None
            )
        except (VerificationError, InvalidHashError):
            return False

    def needs_rehash(self, password_hash: str) -> bool:
        return self._argon2.check_needs_rehash(password_hash)


def new_token() -> str:
    """A random 256-bit bearer token, handed to the client exactly once."""
    return secrets.token_urlsafe(TOKEN_BYTES)


def token_digest(token: str) -> str:
    """What we store instead of the token itself.

    Tokens are 256 random bits, so a fast unsalted hash is enough here: there is no
    dictionary to attack. A leaked tokens table does not let anyone log in.
    """
    return hashlib.sha256(token.encode("utf-8")).hexdigest()
