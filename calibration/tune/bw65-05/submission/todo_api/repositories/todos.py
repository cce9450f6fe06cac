"""Todo storage on Redis.

todo:{id}          hash with the todo fields (+ owner_id)
user:{id}:todos    sorted set of the owner's todo ids, score = global creation sequence
"""
from collections.abc import Mapping
from datetime import datetime, timezone
from typing import Any, TypedDict
from uuid import uuid4

from redis.asyncio import Redis


class TodoRecord(TypedDict):
    id: str
    title: str
    description: str | None
    done: bool
    created_at: str
    updated_at: str


def _todo_key(todo_id: str) -> str:
    return f"todo:{todo_id}"


def _index_key(owner_id: str) -> str:
    return f"user:{owner_id}:todos"


def _now() -> str:
    return datetime.now(timezone.utc).isoformat()


def _decode(raw: Mapping[str, str]) -> TodoRecord:
    return {
        "id": raw["id"],
        "title": raw["title"],
        "description": raw.get("description") or None,
        "done": raw.get("done") == "1",
        "created_at": raw["created_at"],
        "updated_at": raw["updated_at"],
    }


async def create_todo(
    r: Redis, owner_id: str, title: str, description: str | None, done: bool
) -> TodoRecord:
    todo_id = uuid4().hex
    now = _now()
    raw = {
        "id": todo_id,
        "owner_id": owner_id,
        "title": title,
        "description": description or "",
        "done": "1" if done else "0",
        "created_at": now,
        "updated_at": now,
    }
    seq = await r.incr("todos:seq")
    async with r.pipeline(transaction=True) as pipe:
        pipe.hset(_todo_key(todo_id), mapping=raw)
        pipe.zadd(_index_key(owner_id), {todo_id: seq})
        await pipe.execute()
    return _decode(raw)


async def get_todo(r: Redis, owner_id: str, todo_id: str) -> TodoRecord | None:
    raw = await r.hgetall(_todo_key(todo_id))
    # someone else's todo is treated exactly like a missing one
    if not raw or raw.get("owner_id") != owner_id:
        return None
    return _decode(raw)


async def list_todos(
    r: Redis, owner_id: str, limit: int, offset: int
) -> tuple[list[TodoRecord], int]:
    index = _index_key(owner_id)
    total = await r.zcard(index)
    ids = await r.zrevrange(index, offset, offset + limit - 1)
    if not ids:
        return [], total

    async with r.pipeline(transaction=False) as pipe:
        for todo_id in ids:
            pipe.hgetall(_todo_key(todo_id))
        rows = await pipe.execute()
    return [_decode(row) for row in rows if row], total


async def update_todo(
    r: Redis, owner_id: str, todo_id: str, changes: Mapping[str, Any]
) -> TodoRecord | None:
    if await get_todo(r, owner_id, todo_id) is None:
        return None

    fields: dict[str, str] = {"updated_at": _now()}
    if "title" in changes:
        fields["title"] = changes["title"]
    if "description" in changes:
        fields["description"] = changes["description"] or ""
    if "done" in changes:
        fields["done"] = "1" if changes["done"] else "0"

    await r.hset(_todo_key(todo_id), mapping=fields)
    return await get_todo(r, owner_id, todo_id)


async def delete_todo(r: Redis, owner_id: str, todo_id: str) -> bool:
    if await get_todo(r, owner_id, todo_id) is None:
        return False
    async with r.pipeline(transaction=True) as pipe:
        pipe.delete(_todo_key(todo_id))
        pipe.zrem(_index_key(owner_id), todo_id)
        await pipe.execute()
    return True
