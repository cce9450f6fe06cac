from __future__ import annotations

import asyncio

import bcrypt

from todo_api.application.interfaces import IPasswordHasher

_BCRYPT_MAX_BYTES = 72


class BcryptPasswordHasher(IPasswordHasher):
    def __init__(self, rounds: int = 12) -> None:
        self._rounds = rounds

    async def hash_async(self, password: str) -> str:
        salt = bcrypt.gensalt(rounds=self._rounds)
        hashed = bcrypt.hashpw(password.encode("utf-8"), salt)
        return hashed.decode("utf-8")

    async def verify_async(self, password: str, password_hash: str) -> bool:
        password_bytes = password.encode("utf-8")
        if len(password_bytes) > _BCRYPT_MAX_BYTES:
            return False
        return await asyncio.to_thread(
            bcrypt.checkpw, password_bytes, password_hash.encode("utf-8")
        )
