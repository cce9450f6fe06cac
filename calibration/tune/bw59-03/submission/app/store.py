"""In-memory storage.

Kept behind a small class so it can be swapped for DynamoDB later
(users table keyed by username, todos table keyed by owner + id).
On Lambda the data lives as long as the warm container does.
"""

from dataclasses import dataclass, field
from datetime import datetime, timezone
from uuid import uuid4


def utcnow() -> datetime:
    return datetime.now(timezone.utc)


@dataclass
class UserRecord:
    username: str
    password_hash: str
    created_at: datetime = field(default_factory=utcnow)


@dataclass
class TodoRecord:
    owner: str
    title: str
    description: str | None = None
    done: bool = False
    id: str = field(default_factory=lambda: str(uuid4()))
    created_at: datetime = field(default_factory=utcnow)
    updated_at: datetime = field(default_factory=utcnow)


class InMemoryStore:
    def __init__(self) -> None:
        self.users: dict[str, UserRecord] = {}
        # owner -> todo id -> todo, so a user can only ever reach their own items
        self.todos: dict[str, dict[str, TodoRecord]] = {}

    # users
    def get_user(self, username: str) -> UserRecord | None:
        return self.users.get(username)

    def add_user(self, user: UserRecord) -> None:
        self.users[user.username] = user
        self.todos.setdefault(user.username, {})

    # todos
    def list_todos(self, owner: str, limit: int, offset: int) -> list[TodoRecord]:
        items = list(self.todos.get(owner, {}).values())
        return items[offset : offset + limit]

    def get_todo(self, owner: str, todo_id: str) -> TodoRecord | None:
        return self.todos.get(owner, {}).get(todo_id)

    def add_todo(self, todo: TodoRecord) -> None:
        self.todos.setdefault(todo.owner, {})[todo.id] = todo

    def delete_todo(self, owner: str, todo_id: str) -> bool:
        return self.todos.get(owner, {}).pop(todo_id, None) is not None

    def clear(self) -> None:
        self.users.clear()
        self.todos.clear()


store = InMemoryStore()
