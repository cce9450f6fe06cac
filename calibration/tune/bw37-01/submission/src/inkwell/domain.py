"""Domain model: immutable records and a closed set of domain errors."""

from dataclasses import dataclass
from datetime import datetime
from typing import TypeAlias


@dataclass(frozen=True, slots=True)
class User:
    id: int
    username: str
    password_hash: str


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
    """A partial update. ``None`` means "leave as it is"."""

    title: str | None = None
    content: str | None = None


@dataclass(frozen=True, slots=True)
class Comment:
    id: int
    post_id: int
    author_id: int
    author_username: str
    body: str
    created_at: datetime


# --- errors -----------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class NotFound:
    entity: str
    id: int


@dataclass(frozen=True, slots=True)
class Forbidden:
    reason: str


@dataclass(frozen=True, slots=True)
class Conflict:
    reason: str


@dataclass(frozen=True, slots=True)
class Unauthorized:
    reason: str


DomainError: TypeAlias = NotFound | Forbidden | Conflict | Unauthorized
