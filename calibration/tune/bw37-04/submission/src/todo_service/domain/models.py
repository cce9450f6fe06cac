"""Domain entities. Plain dataclasses: no framework or ORM types leak in here."""

from dataclasses import dataclass
from datetime import datetime
from enum import Enum
from typing import Generic, TypeVar
from uuid import UUID

T = TypeVar("T")


@dataclass(slots=True)
class User:
    id: UUID
    username: str
    password_hash: str
    created_at: datetime


@dataclass(slots=True)
class Todo:
    id: UUID
    owner_id: UUID
    title: str
    description: str | None
    done: bool
    created_at: datetime
    updated_at: datetime


class SortField(str, Enum):
    CREATED_AT = "created_at"
    UPDATED_AT = "updated_at"
    TITLE = "title"


class SortDirection(str, Enum):
    ASC = "asc"
    DESC = "desc"


@dataclass(frozen=True, slots=True)
class PageRequest:
    limit: int
    offset: int
    sort: SortField = SortField.CREATED_AT
    direction: SortDirection = SortDirection.DESC


@dataclass(frozen=True, slots=True)
class Page(Generic[T]):
    items: list[T]
    total: int
    limit: int
    offset: int
