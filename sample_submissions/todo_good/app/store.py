"""In-memory todo storage, indexed by owner so a user only ever sees their own todos.

Only `async def` handlers use this store, so an `asyncio.Lock` is enough to make each
read-modify-write atomic even if a future change adds an `await` inside one.
"""

from __future__ import annotations

import asyncio
import itertools
from dataclasses import dataclass, replace
from datetime import UTC, datetime

from app.models import TodoCreate, TodoOut, TodoUpdate


@dataclass(frozen=True)
class TodoRecord:
    id: int
    owner: str
    title: str
    description: str
    done: bool
    created_at: datetime
    updated_at: datetime

    def to_out(self) -> TodoOut:
        return TodoOut(
            id=self.id,
            title=self.title,
            description=self.description,
            done=self.done,
            created_at=self.created_at,
            updated_at=self.updated_at,
        )


class TodoStore:
    def __init__(self) -> None:
        self._lock = asyncio.Lock()
        self._ids = itertools.count(1)
        self._by_owner: dict[str, dict[int, TodoRecord]] = {}

    async def create(self, owner: str, data: TodoCreate) -> TodoRecord:
        now = datetime.now(UTC)
        async with self._lock:
            record = TodoRecord(
                id=next(self._ids),
                owner=owner,
                title=data.title,
                description=data.description,
                done=data.done,
                created_at=now,
                updated_at=now,
            )
            self._by_owner.setdefault(owner, {})[record.id] = record
            return record

    async def list(self, owner: str, limit: int, offset: int) -> tuple[list[TodoRecord], int]:
        """One page of the owner's todos (oldest first) and the owner's total count."""
        async with self._lock:
            mine = list(self._by_owner.get(owner, {}).values())
        return mine[offset : offset + limit], len(mine)

    async def get(self, owner: str, todo_id: int) -> TodoRecord | None:
        """None when missing *or* owned by someone else: ids of others must not leak."""
        async with self._lock:
            return self._by_owner.get(owner, {}).get(todo_id)

    async def update(
        self, owner: str, todo_id: int, changes: TodoUpdate | TodoCreate
    ) -> TodoRecord | None:
        fields = changes.model_dump(exclude_none=True)
        async with self._lock:
            mine = self._by_owner.get(owner, {})
            record = mine.get(todo_id)
            if record is None:
                return None
            updated = replace(record, **fields, updated_at=datetime.now(UTC))
            mine[todo_id] = updated
            return updated

    async def delete(self, owner: str, todo_id: int) -> bool:
        async with self._lock:
            return self._by_owner.get(owner, {}).pop(todo_id, None) is not None
