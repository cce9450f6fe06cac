"""Enterprise rules. Pure Python: no FastAPI, no SQLAlchemy, no pydantic."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from uuid import UUID, uuid4


@dataclass(slots=True)
class User:
    username: str
    password_hash: str
    created_at: datetime
    id: UUID = field(default_factory=uuid4)


@dataclass(slots=True)
class Post:
    author_id: UUID
    title: str
    content: str
    created_at: datetime
    updated_at: datetime | None = None
    id: UUID = field(default_factory=uuid4)

    def is_authored_by(self, user_id: UUID) -> bool:
        return self.author_id == user_id

    def edit(self, *, title: str | None, content: str | None, at: datetime) -> None:
        if title is not None:
            self.title = title
        if content is not None:
            self.content = content
        self.updated_at = at


@dataclass(slots=True)
class Comment:
    post_id: UUID
    author_id: UUID
    content: str
    created_at: datetime
    id: UUID = field(default_factory=uuid4)
