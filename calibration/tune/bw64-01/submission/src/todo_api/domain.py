"""Domain types. Rows from the database are decoded straight into these."""

from dataclasses import dataclass
from datetime import datetime
from typing import NewType

UserId = NewType("UserId", int)
TodoId = NewType("TodoId", int)
Username = NewType("Username", str)


@dataclass(frozen=True, slots=True)
class User:
    id: UserId
    username: Username
    password_hash: str


@dataclass(frozen=True, slots=True)
class Todo:
    id: TodoId
    owner_id: UserId
    title: str
    description: str | None
    done: bool
    created_at: datetime
    updated_at: datetime
