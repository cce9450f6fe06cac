from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime


@dataclass(slots=True)
class User:
    id: int
    username: str
    password_hash: str
    created_at: datetime


@dataclass(slots=True)
class Todo:
    id: int
    owner_id: int
    title: str
    description: str | None
    is_done: bool
    created_at: datetime
    updated_at: datetime
