"""Driven ports for credentials."""

from typing import Protocol


class PasswordHasher(Protocol):
    async def hash(self, password: str) -> str: ...

    async def verify(self, password_hash: str, password: str) -> bool: ...


class TokenService(Protocol):
    def issue(self, user_id: int) -> str: ...

    def subject(self, token: str) -> int | None:
        """Return the user id the token was issued for, or None if it is not valid."""
        ...
