"""Ports: what the use cases need from the outside world, expressed as Protocols.

Adapters in `blog.adapters` implement them; tests plug in in-memory fakes.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Generic, Protocol, TypeVar
from uuid import UUID

from blog.domain.entities import Comment, Post, User

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class PageRequest:
    limit: int
    offset: int


@dataclass(frozen=True, slots=True)
class Page(Generic[T]):
    items: list[T]
    total: int
    limit: int
    offset: int


@dataclass(frozen=True, slots=True)
class PostView:
    """Read model: a post joined with its author's name."""

    id: UUID
    title: str
    content: str
    author_id: UUID
    author_username: str
    created_at: datetime
    updated_at: datetime | None


@dataclass(frozen=True, slots=True)
class CommentView:
    id: UUID
    post_id: UUID
    author_id: UUID
    author_username: str
    content: str
    created_at: datetime


class UserRepository(Protocol):
    async def get(self, user_id: UUID) -> User | None: ...
    async def get_by_username(self, username: str) -> User | None: ...
    async def add(self, user: User) -> None: ...


class PostRepository(Protocol):
    async def get(self, post_id: UUID) -> Post | None: ...
    async def get_view(self, post_id: UUID) -> PostView | None: ...
    async def list_views(self, page: PageRequest) -> Page[PostView]: ...
    async def add(self, post: Post) -> None: ...
    async def update(self, post: Post) -> None: ...
    async def delete(self, post_id: UUID) -> None: ...


class CommentRepository(Protocol):
    async def add(self, comment: Comment) -> None: ...
    async def list_views_for_post(self, post_id: UUID, page: PageRequest) -> Page[CommentView]: ...


class UnitOfWork(Protocol):
    users: UserRepository
    posts: PostRepository
    comments: CommentRepository

    async def commit(self) -> None: ...


class PasswordHasher(Protocol):
    async def hash(self, password: str) -> str: ...
    async def verify(self, password: str, password_hash: str) -> bool: ...


class TokenService(Protocol):
    def issue(self, user_id: UUID) -> str: ...
    def subject(self, token: str) -> UUID | None: ...


class Clock(Protocol):
    def now(self) -> datetime: ...
