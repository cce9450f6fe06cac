"""Protocol of the actors: commands in, events/replies out.

Everything is immutable, like case classes.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime


# ---- domain -----------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class User:
    id: int
    username: str
    password_hash: bytes


@dataclass(frozen=True, slots=True)
class Todo:
    id: int
    owner_id: int
    title: str
    description: str | None
    done: bool
    created_at: datetime
    updated_at: datetime


# ---- user protocol ----------------------------------------------------------

@dataclass(frozen=True, slots=True)
class Register:
    username: str
    password: str


@dataclass(frozen=True, slots=True)
class Authenticate:
    username: str
    password: str


@dataclass(frozen=True, slots=True)
class LookupUser:
    user_id: int


@dataclass(frozen=True, slots=True)
class UsernameTaken:
    username: str


@dataclass(frozen=True, slots=True)
class InvalidCredentials:
    pass


# ---- todo protocol ----------------------------------------------------------

@dataclass(frozen=True, slots=True)
class CreateTodo:
    owner_id: int
    title: str
    description: str | None
    done: bool = False


@dataclass(frozen=True, slots=True)
class GetTodo:
    owner_id: int
    todo_id: int


@dataclass(frozen=True, slots=True)
class ListTodos:
    owner_id: int
    limit: int
    offset: int


@dataclass(frozen=True, slots=True)
class UpdateTodo:
    owner_id: int
    todo_id: int
    changes: dict[str, object]


@dataclass(frozen=True, slots=True)
class DeleteTodo:
    owner_id: int
    todo_id: int


@dataclass(frozen=True, slots=True)
class TodoPage:
    items: tuple[Todo, ...]
    total: int
    limit: int
    offset: int


@dataclass(frozen=True, slots=True)
class NotFound:
    todo_id: int


@dataclass(frozen=True, slots=True)
class Deleted:
    todo_id: int
