"""In-memory storage. Good enough for the exercise; swap for a real DB later."""
import secrets
import threading
from dataclasses import dataclass, field
from datetime import datetime, timezone
from itertools import count

import bcrypt


@dataclass
class User:
    id: int
    username: str
    password_hash: bytes


@dataclass
class Todo:
    id: int
    owner_id: int
    title: str
    description: str | None
    done: bool
    created_at: datetime = field(default_factory=lambda: datetime.now(timezone.utc))


class UsernameTaken(Exception):
    pass


def _pw_bytes(password: str) -> bytes:
    # bcrypt only uses the first 72 bytes (and bcrypt>=5 raises past that), so cut explicitly
    return password.encode()[:72]


class Store:
    def __init__(self) -> None:
        self.users: dict[str, User] = {}
        self.tokens: dict[str, int] = {}
        # owner_id -> {todo_id: Todo}; dicts keep insertion order, so listing is stable
        self.todos: dict[int, dict[int, Todo]] = {}
        self._user_ids = count(1)
        self._todo_ids = count(1)
        self._lock = threading.Lock()  # register/login run in the threadpool

    def create_user(self, username: str, password: str) -> User:
        pw_hash = bcrypt.hashpw(_pw_bytes(password), bcrypt.gensalt())
        with self._lock:
            if username in self.users:
                raise UsernameTaken(username)
            user = User(next(self._user_ids), username, pw_hash)
            self.users[username] = user
        return user

    def login(self, username: str, password: str) -> str | None:
        user = self.users.get(username)
        if user is None or not bcrypt.checkpw(_pw_bytes(password), user.password_hash):
            return None
        token = secrets.token_urlsafe(32)
        with self._lock:
            self.tokens[token] = user.id
        return token

    def user_for_token(self, token: str) -> int | None:
        return self.tokens.get(token)

    def add_todo(self, owner_id: int, title: str, description: str | None, done: bool) -> Todo:
        todo = Todo(next(self._todo_ids), owner_id, title, description, done)
        self.todos.setdefault(owner_id, {})[todo.id] = todo
        return todo

    def list_todos(self, owner_id: int, limit: int, offset: int) -> list[Todo]:
        mine = self.todos.get(owner_id, {})
        return list(mine.values())[offset : offset + limit]

    def get_todo(self, owner_id: int, todo_id: int) -> Todo | None:
        return self.todos.get(owner_id, {}).get(todo_id)

    def delete_todo(self, owner_id: int, todo_id: int) -> bool:
        return self.todos.get(owner_id, {}).pop(todo_id, None) is not None
