"""Plain data returned by the repository layer (decoupled from the HTTP models)."""

from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True, slots=True)
class UserRecord:
    id: int
    username: str
    password_hash: str
    created_at: datetime


@dataclass(frozen=True, slots=True)
class PostRecord:
    id: int
    title: str
    content: str
    author_id: int
    author_username: str
    created_at: datetime
    updated_at: datetime | None


@dataclass(frozen=True, slots=True)
class CommentRecord:
    id: int
    post_id: int
    body: str
    author_id: int
    author_username: str
    created_at: datetime


class UsernameTakenError(Exception):
    pass
