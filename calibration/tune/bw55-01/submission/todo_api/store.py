"""In-memory state. Every read and write goes through one asyncio.Lock.

Records are frozen dataclasses: handlers get snapshots, never references they
could mutate behind the lock's back.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from itertools import islice
from uuid import UUID, uuid4


@dataclass(frozen=True, slots=True)
class UserRecord:
    id: UUID
    username: str
    password_hash: str


@dataclass(frozen=True, slots=True)
class TodoRecord:
    id: UUID
    owner_id: UUID
    title: str
    description: str | None
    done: bool
    created_at: datetime
    updated_at: datetime


@dataclass(frozen=True, slots=True)
class TodoChanges:
    title: str | None = None
    done: bool | None = None
    description: str | None = None
    description_given: bool = False


class UsernameTaken(Exception):
    pass


class Store:
    def __init__(self) -> None:
        self._lock = asyncio.Lock()
        self._users_by_id: dict[UUID, UserRecord] = {}
        self._users_by_name: dict[str, UserRecord] = {}
        # owner id -> (todo id -> todo); dicts keep insertion order, which is our list order
        self._todos: dict[UUID, dict[UUID, TodoRecord]] = {}

    async def create_user(
        self, username: str, hash_password: Callable[[], Awaitable[str]]
    ) -> UserRecord:
        """Check-and-insert is atomic, and we never spend a hash on a taken name."""
        key = username.casefold()
        async with self._lock:
            if key in self._users_by_name:
                raise UsernameTaken(username)
            password_hash = await hash_password()
            user = UserRecord(id=uuid4(), username=username, password_hash=password_hash)
            self._users_by_id[user.id] = user
            self._users_by_name[key] = user
            self._todos[user.id] = {}
            return user

    async def user_by_name(self, username: str) -> UserRecord | None:
        async with self._lock:
            return self._users_by_name.get(username.casefold())

    async def user_by_id(self, user_id: UUID) -> UserRecord | None:
        async with self._lock:
            return self._users_by_id.get(user_id)

    async def insert_todo(
        self, owner_id: UUID, title: str, description: str | None, done: bool
    ) -> TodoRecord:
        now = datetime.now(UTC)
        todo = TodoRecord(
            id=uuid4(),
            owner_id=owner_id,
            title=title,
            description=description,
            done=done,
            created_at=now,
            updated_at=now,
        )
        async with self._lock:
            self._todos.setdefault(owner_id, {})[todo.id] = todo
        return todo

    async def page(self, owner_id: UUID, limit: int, offset: int) -> tuple[list[TodoRecord], int]:
        async with self._lock:
            todos = self._todos.get(owner_id, {})
            return list(islice(todos.values(), offset, offset + limit)), len(todos)

    async def get_todo(self, owner_id: UUID, todo_id: UUID) -> TodoRecord | None:
        async with self._lock:
            return self._todos.get(owner_id, {}).get(todo_id)

    async def update_todo(
        self, owner_id: UUID, todo_id: UUID, changes: TodoChanges
    ) -> TodoRecord | None:
        async with self._lock:
            owned = self._todos.get(owner_id, {})
            current = owned.get(todo_id)
            if current is None:
                return None
            updated = replace(
                current,
                title=changes.title if changes.title is not None else current.title,
                done=changes.done if changes.done is not None else current.done,
                description=(
                    changes.description if changes.description_given else current.description
                ),
                updated_at=datetime.now(UTC),
            )
            owned[todo_id] = updated
            return updated

    async def delete_todo(self, owner_id: UUID, todo_id: UUID) -> bool:
        async with self._lock:
            return self._todos.get(owner_id, {}).pop(todo_id, None) is not None
