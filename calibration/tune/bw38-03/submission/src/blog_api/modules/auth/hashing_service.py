import asyncio

import bcrypt
from fastapi import Depends

from blog_api.config.configuration import Settings, get_settings


class HashingService:
    """bcrypt is CPU-bound, so both operations are pushed to a worker thread."""

    def __init__(self, rounds: int) -> None:
        self.rounds = rounds

    async def hash(self, plain: str) -> str:
        salt = bcrypt.gensalt(rounds=self.rounds)
        hashed = await asyncio.to_thread(bcrypt.hashpw, plain.encode("utf-8"), salt)
        return hashed.decode("utf-8")

    async def compare(self, plain: str, hashed: str) -> bool:
        return await asyncio.to_thread(
            bcrypt.checkpw, plain.encode("utf-8"), hashed.encode("utf-8")
        )


def get_hashing_service(settings: Settings = Depends(get_settings)) -> HashingService:
    return HashingService(settings.bcrypt_rounds)
