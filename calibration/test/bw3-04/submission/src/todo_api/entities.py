from dataclasses import dataclass
from datetime import datetime


@dataclass
class User:
    id: int
    username: str
    password_hash: str


@dataclass
class Todo:
    id: int
    owner_id: int
    title: str
    description: str | None
    done: bool
    created_at: datetime
