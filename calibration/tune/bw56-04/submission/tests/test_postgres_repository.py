"""Integration tests for the PostgreSQL adapter.

They need a disposable database: `TEST_DATABASE_URL=postgresql://... pytest`. Every table is
truncated before each test. Without the variable they are skipped.
"""

from __future__ import annotations

import asyncio
import os
import uuid
from collections.abc import AsyncIterator

import pytest

from todo_service.config import Settings
from todo_service.postgres import Pool, PostgresRepository, create_pool, migrate
from todo_service.repository import IdempotencyConflict, IdempotencyKey, UsernameTaken
from todo_service.schemas import TodoCreate

DATABASE_URL = os.environ.get("TEST_DATABASE_URL")

pytestmark = [
    pytest.mark.anyio,
    pytest.mark.skipif(DATABASE_URL is None, reason="TEST_DATABASE_URL not set"),
]


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture
async def pool() -> AsyncIterator[Pool]:
    settings = Settings(database_url=DATABASE_URL or "", jwt_secret="x" * 32)  # type: ignore[arg-type]
    pool = create_pool(settings)
    await pool.open(wait=True)
    await migrate(pool)
    async with pool.connection() as conn:
        await conn.execute("TRUNCATE idempotency_keys, todos, users")
    yield pool
    await pool.close()


@pytest.fixture
async def repo(pool: Pool) -> PostgresRepository:
    return PostgresRepository(pool)


async def test_migrations_are_idempotent(pool: Pool) -> None:
    await asyncio.gather(migrate(pool), migrate(pool))


async def test_duplicate_username(repo: PostgresRepository) -> None:
    await repo.create_user("alice", "hash")
    with pytest.raises(UsernameTaken):
        await repo.create_user("alice", "hash")


async def test_crud_is_scoped_to_owner(repo: PostgresRepository) -> None:
    alice = await repo.create_user("alice", "h")
    bob = await repo.create_user("bob", "h")
    created = await repo.create_todo(alice.id, TodoCreate(title="t"), None)
    todo_id = created.todo.id

    assert await repo.get_todo(bob.id, todo_id) is None
    assert await repo.update_todo(bob.id, todo_id, {"done": True}) is None
    assert await repo.delete_todo(bob.id, todo_id) is False

    updated = await repo.update_todo(alice.id, todo_id, {"done": True, "description": "d"})
    assert updated is not None and updated.done and updated.description == "d"
    assert updated.updated_at >= created.todo.updated_at
    assert await repo.delete_todo(alice.id, todo_id) is True
    assert await repo.get_todo(alice.id, todo_id) is None


async def test_update_rejects_unknown_columns(repo: PostgresRepository) -> None:
    alice = await repo.create_user("alice", "h")
    with pytest.raises(ValueError):
        await repo.update_todo(alice.id, uuid.uuid4(), {"owner_id": "x"})


async def test_pagination_and_total(repo: PostgresRepository) -> None:
    alice = await repo.create_user("alice", "h")
    for i in range(5):
        await repo.create_todo(alice.id, TodoCreate(title=f"t{i}"), None)
    page, total = await repo.list_todos(alice.id, limit=2, offset=2)
    assert total == 5
    assert [t.title for t in page] == ["t2", "t3"]


async def test_concurrent_retries_create_exactly_one_todo(repo: PostgresRepository) -> None:
    alice = await repo.create_user("alice", "h")
    key = IdempotencyKey(key="k", fingerprint="f")
    results = await asyncio.gather(
        *(repo.create_todo(alice.id, TodoCreate(title="pay"), key) for _ in range(5))
    )
    assert len({r.todo.id for r in results}) == 1
    assert sum(not r.replayed for r in results) == 1
    _, total = await repo.list_todos(alice.id, limit=10, offset=0)
    assert total == 1


async def test_key_reuse_with_other_payload_conflicts(repo: PostgresRepository) -> None:
    alice = await repo.create_user("alice", "h")
    await repo.create_todo(alice.id, TodoCreate(title="a"), IdempotencyKey("k", "f1"))
    with pytest.raises(IdempotencyConflict):
        await repo.create_todo(alice.id, TodoCreate(title="b"), IdempotencyKey("k", "f2"))
