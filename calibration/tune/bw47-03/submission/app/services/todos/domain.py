from dataclasses import dataclass
from datetime import datetime

from app.platform.events import Event


@dataclass
class Todo:
    id: int
    owner_id: int
    title: str
    description: str | None
    done: bool
    created_at: datetime
    updated_at: datetime


@dataclass(frozen=True)
class TodoView:
    """A todo as exposed by the service: enriched with its owner from the identity service."""

    todo: Todo
    owner_username: str


@dataclass(frozen=True)
class TodoPage:
    items: list[TodoView]
    total: int
    limit: int
    offset: int


@dataclass(frozen=True)
class TodoCreated(Event):
    todo_id: int
    owner_id: int


@dataclass(frozen=True)
class TodoCompleted(Event):
    todo_id: int
    owner_id: int


@dataclass(frozen=True)
class TodoDeleted(Event):
    todo_id: int
    owner_id: int
