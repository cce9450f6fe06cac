from dataclasses import dataclass, field
from datetime import UTC, datetime


def _utcnow() -> datetime:
    return datetime.now(UTC)


@dataclass(eq=False)
class User:
    username: str
    password_hash: str
    id: int | None = None
    created_at: datetime = field(default_factory=_utcnow)


@dataclass(eq=False)
class Post:
    author_id: int
    title: str
    content: str
    id: int | None = None
    created_at: datetime = field(default_factory=_utcnow)
    updated_at: datetime | None = None

    def is_authored_by(self, user: User) -> bool:
        return self.author_id == user.id

    def edit(self, title: str | None = None, content: str | None = None) -> None:
        if title is not None:
            self.title = title
        if content is not None:
            self.content = content
        self.updated_at = _utcnow()


@dataclass(eq=False)
class Comment:
    post_id: int
    author_id: int
    content: str
    id: int | None = None
    created_at: datetime = field(default_factory=_utcnow)
