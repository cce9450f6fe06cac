"""Domain entities. Plain, immutable, framework-free."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Generic, TypeVar

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class User:
    id: int
    username: str
    password_hash: str
    created_at: datetime


@dataclass(frozen=True, slots=True)
class Post:
    id: int
    author_id: int
    author_username: str
    title: str
    content: str
    created_at: datetime
    updated_at: datetime


@dataclass(frozen=True, slots=True)
class PostChanges:
    """A partial update. ``None`` means "leave unchanged"."""

    title: str | None = None
    content: str | None = None

    def is_empty(self) -> bool:
        return self.title is None and self.content is None


@dataclass(frozen=True, slots=True)
class Comment:
    id: int
    post_id: int
    author_id: int
    author_username: str
    body: str
    created_at: datetime


@dataclass(frozen=True, slots=True)
class PageRequest:
    limit: int
    offset: int


@dataclass(frozen=True, slots=True)
class Page(Generic[T]):
    items: Sequence[T]
    total: int
    limit: int
    offset: int
