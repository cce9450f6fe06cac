"""Driven ports: what the application needs from persistence."""

from __future__ import annotations

from types import TracebackType
from typing import Protocol, Self

from blog.domain.models import Comment, Page, PageRequest, Post, PostChanges, User


class UserRepository(Protocol):
    async def add(self, username: str, password_hash: str) -> User: ...

    async def get(self, user_id: int) -> User | None: ...

    async def get_by_username(self, username: str) -> User | None: ...


class PostRepository(Protocol):
    async def add(self, author: User, title: str, content: str) -> Post: ...

    async def get(self, post_id: int) -> Post | None: ...

    async def exists(self, post_id: int) -> bool: ...

    async def list(self, page: PageRequest) -> Page[Post]: ...

    async def update(self, post_id: int, changes: PostChanges) -> Post: ...

    async def delete(self, post_id: int) -> None: ...


class CommentRepository(Protocol):
    async def add(self, post_id: int, author: User, body: str) -> Comment: ...

    async def list_for_post(self, post_id: int, page: PageRequest) -> Page[Comment]: ...


class UnitOfWork(Protocol):
    users: UserRepository
    posts: PostRepository
    comments: CommentRepository

    async def __aenter__(self) -> Self: ...

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None: ...

    async def commit(self) -> None: ...
