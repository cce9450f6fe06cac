"""An in-memory Repository with the same observable semantics as PostgresRepository."""

from __future__ import annotations

import asyncio
import hmac
import uuid
from collections.abc import Mapping
from datetime import datetime, timezone
from uuid import UUID

from todo_service.repository import (
    UPDATABLE_COLUMNS,
    Created,
    IdempotencyConflict,
    IdempotencyKey,
    UserRecord,
    UsernameTaken,
)
from todo_service.schemas import Todo, TodoCreate


def _now() -> datetime:
    return datetime.now(timezone.utc)


class InMemoryRepository:
    def __init__(self) -> None:
        self.users: dict[UUID, UserRecord] = {}
        self.todos: dict[UUID, tuple[UUID, Todo]] = {}  # insertion order == creation order
        self.idempotency: dict[tuple[UUID, str], tuple[str, Todo]] = {}
        self._lock = asyncio.Lock()

    async def create_user(self, username: str, password_hash: str) -> UserRecord:
        if any(u.username == username for u in self.users.values()):
            raise UsernameTaken(username)
        user = UserRecord(uuid.uuid4(), username, password_hash, _now())
        self.users[user.id] = user
        return user

    async def get_user(self, user_id: UUID) -> UserRecord | None:
        return self.users.get(user_id)

    async def get_user_by_username(self, username: str) -> UserRecord | None:
        return next((u for u in self.users.values() if u.username == username), None)

    async def create_todo(
        self, owner_id: UUID, data: TodoCreate, idempotency: IdempotencyKey | None
    ) -> Created:
        async with self._lock:
            if idempotency is not None:
                stored = self.idempotency.get((owner_id, idempotency.key))
                if stored is not None:
                    fingerprint, todo = stored
                    if not hmac.compare_digest(fingerprint, idempotency.fingerprint):
                        raise IdempotencyConflict(idempotency.key)
                    return Created(todo=todo, replayed=True)
            now = _now()
            todo = Todo(
                id=uuid.uuid4(),
                title=data.title,
                description=data.description,
                done=data.done,
                created_at=now,
                updated_at=now,
            )
            self.todos[todo.id] = (owner_id, todo)
            if idempotency is not None:
                self.idempotency[(owner_id, idempotency.key)] = (idempotency.fingerprint, todo)
            return Created(todo=todo, replayed=False)

    def _owned(self, owner_id: UUID) -> list[Todo]:
        return [todo for owner, todo in self.todos.values() if owner == owner_id]

    async def list_todos(self, owner_id: UUID, limit: int, offset: int) -> tuple[list[Todo], int]:
        mine = self._owned(owner_id)
        return mine[offset : offset + limit], len(mine)

    async def get_todo(self, owner_id: UUID, todo_id: UUID) -> Todo | None:
        entry = self.todos.get(todo_id)
        return entry[1] if entry is not None and entry[0] == owner_id else None

    async def update_todo(
        self, owner_id: UUID, todo_id: UUID, changes: Mapping[str, object]
    ) -> Todo | None:
        unknown = set(changes) - UPDATABLE_COLUMNS
        if unknown:
            raise ValueError(f"not updatable: {sorted(unknown)}")
        current = await self.get_todo(owner_id, todo_id)
        if current is None:
            return None
        updated = current.model_copy(update={**changes, "updated_at": _now()})
        self.todos[todo_id] = (owner_id, updated)
        return updated

    async def delete_todo(self, owner_id: UUID, todo_id: UUID) -> bool:
        if await self.get_todo(owner_id, todo_id) is None:
            return False
        del self.todos[todo_id]
        return True
