"""The storage port. `postgres.PostgresRepository` is the production adapter."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Protocol
from uuid import UUID

from .schemas import Todo, TodoCreate

UPDATABLE_COLUMNS = frozenset({"title", "description", "done"})


class UsernameTaken(Exception):
    """The username is already registered."""


class IdempotencyConflict(Exception):
    """The idempotency key was already used for a different request (or is still in flight)."""


@dataclass(frozen=True, slots=True)
class UserRecord:
    id: UUID
    username: str
    password_hash: str
    created_at: datetime


@dataclass(frozen=True, slots=True)
class IdempotencyKey:
    key: str
    fingerprint: str


@dataclass(frozen=True, slots=True)
class Created:
    todo: Todo
    replayed: bool


class Repository(Protocol):
    async def create_user(self, username: str, password_hash: str) -> UserRecord: ...

    async def get_user(self, user_id: UUID) -> UserRecord | None: ...

    async def get_user_by_username(self, username: str) -> UserRecord | None: ...

    async def create_todo(
        self, owner_id: UUID, data: TodoCreate, idempotency: IdempotencyKey | None
    ) -> Created: ...

    async def list_todos(self, owner_id: UUID, limit: int, offset: int) -> tuple[list[Todo], int]: ...

    async def get_todo(self, owner_id: UUID, todo_id: UUID) -> Todo | None: ...

    async def update_todo(
        self, owner_id: UUID, todo_id: UUID, changes: Mapping[str, object]
    ) -> Todo | None: ...

    async def delete_todo(self, owner_id: UUID, todo_id: UUID) -> bool: ...
