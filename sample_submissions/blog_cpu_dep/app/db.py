"""A tiny in-memory database. Good enough for the exercise; swap for Postgres later."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime


@dataclass
class UserRecord:
    username: str
    salt: bytes
    password_hash: bytes
    joined_at: datetime


@dataclass
class PostRecord:
    id: int
    author: str
    title: str
    content: str
    published_at: datetime


@dataclass
class CommentRecord:
    id: int
    post_id: int
    author: str
    text: str


@dataclass
class Database:
    users: dict[str, UserRecord] = field(default_factory=dict)
    posts: dict[int, PostRecord] = field(default_factory=dict)
    comments: list[CommentRecord] = field(default_factory=list)
    last_id: int = 0

    def next_id(self) -> int:
        self.last_id += 1
        return self.last_id

    def reset(self) -> None:
        self.users.clear()
        self.posts.clear()
        self.comments.clear()
        self.last_id = 0


db = Database()
