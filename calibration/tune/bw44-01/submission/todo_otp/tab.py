"""The tables. Owned by the node (created once in the lifespan) and handed to
every incarnation of todo_srv, so a crash of the server loses no data."""
from __future__ import annotations

from dataclasses import dataclass, field
from itertools import count
from typing import Iterator


@dataclass
class UserRec:
    username: str
    pw_hash: str


@dataclass
class TodoRec:
    id: int
    owner: str
    title: str
    description: str | None
    done: bool


@dataclass
class TokenRec:
    username: str
    expires_at: float


@dataclass
class Tab:
    users: dict[str, UserRec] = field(default_factory=dict)
    tokens: dict[str, TokenRec] = field(default_factory=dict)
    # owner -> {todo id -> todo}; insertion order is creation order
    todos: dict[str, dict[int, TodoRec]] = field(default_factory=dict)
    seq: Iterator[int] = field(default_factory=lambda: count(1))
