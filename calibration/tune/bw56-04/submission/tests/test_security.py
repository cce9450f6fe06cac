from __future__ import annotations

import asyncio
import uuid

from argon2 import PasswordHasher

from tests.conftest import SECRET
from todo_service.security import PasswordService, TokenService


def test_password_round_trip() -> None:
    service = PasswordService(PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1))

    async def scenario() -> None:
        hashed = await service.hash("correct horse battery")
        assert hashed != "correct horse battery"
        assert await service.verify(hashed, "correct horse battery")
        assert not await service.verify(hashed, "wrong horse battery")
        assert not await service.verify(None, "correct horse battery")
        assert not await service.verify("not-a-hash", "correct horse battery")

    asyncio.run(scenario())


def test_two_hashes_of_one_password_differ() -> None:
    service = PasswordService(PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1))

    async def scenario() -> tuple[str, str]:
        return await service.hash("same password"), await service.hash("same password")

    first, second = asyncio.run(scenario())
    assert first != second  # salted


def test_token_round_trip_and_tampering() -> None:
    tokens = TokenService(SECRET, "todo-service", 900)
    user_id = uuid.uuid4()
    token = tokens.issue(user_id)
    assert tokens.subject(token) == user_id

    header, payload, signature = token.split(".")
    tampered = ".".join([header, payload, signature[::-1]])
    assert tokens.subject(tampered) is None
    assert tokens.subject("") is None
