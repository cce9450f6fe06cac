"""In-memory storage behind a small repository class.

The API layer only talks to :class:`TodoRepository`, so swapping the dicts for a
real database means writing one new class with the same methods.

A note on concurrency: the handlers are ``async def`` and run on a single event
loop thread. None of the methods below ``await``, so each call runs from start to
finish without another request interleaving. That is what makes the
check-then-insert in :meth:`TodoRepository.add_user` safe without a lock.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from itertools import count, islice


class UsernameTakenError(Exception):
    """Raised when registering a username that already exists."""


@dataclass(frozen=True, slots=True)
class UserRecord:
    id: int
    username: str
    password_hash: str


@dataclass(frozen=True, slots=True)
class TodoRecord:
    id: int
    owner_id: int
    title: str
    description: str
    done: bool


class TodoRepository:
    """Users and their todos, kept in plain dictionaries."""

    def __init__(self) -> None:
        self._user_ids = count(1)
        self._todo_ids = count(1)
        self._users: dict[int, UserRecord] = {}
        self._ids_by_username: dict[str, int] = {}
        # owner id -> (todo id -> todo). Dicts keep insertion order, so each
        # user's todos are already sorted by id, oldest first.
        self._todos: dict[int, dict[int, TodoRecord]] = {}

    # -- users ---------------------------------------------------------------

    def add_user(self, username: str, password_hash: str) -> UserRecord:
        key = username.casefold()
        if key in self._ids_by_username:
            raise UsernameTakenError(username)
        user = UserRecord(id=next(self._user_ids), username=username, password_hash=password_hash)
        self._users[user.id] = user
        self._ids_by_username[key] = user.id
        self._todos[user.id] = {}
        return user

    def get_user(self, user_id: int) -> UserRecord | None:
        return self._users.get(user_id)

    def get_user_by_username(self, username: str) -> UserRecord | None:
        user_id = self._ids_by_username.get(username.casefold())
        return None if user_id is None else self._users[user_id]

    # -- todos ---------------------------------------------------------------

    def add_todo(self, owner_id: int, title: str, description: str, done: bool) -> TodoRecord:
        todo = TodoRecord(
            id=next(self._todo_ids),
            owner_id=owner_id,
            title=title,
            description=description,
            done=done,
        )
        self._todos[owner_id][todo.id] = todo
        return todo

    def list_todos(self, owner_id: int, *, limit: int, offset: int) -> list[TodoRecord]:
        todos = self._todos.get(owner_id, {})
        return list(islice(todos.values(), offset, offset + limit))

    def get_todo(self, owner_id: int, todo_id: int) -> TodoRecord | None:
        """Return the todo only if it belongs to ``owner_id``."""
        return self._todos.get(owner_id, {}).get(todo_id)

    def replace_todo(
        self, owner_id: int, todo_id: int, *, title: str, description: str, done: bool
    ) -> TodoRecord | None:
        current = self.get_todo(owner_id, todo_id)
        if current is None:
            return None
        updated = replace(current, title=title, description=description, done=done)
        self._todos[owner_id][todo_id] = updated
        return updated

    def delete_todo(self, owner_id: int, todo_id: int) -> bool:
        return self._todos.get(owner_id, {}).pop(todo_id, None) is not None
