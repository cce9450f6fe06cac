"""In-memory adapters for the ports: the use cases run against these in unit tests."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from uuid import UUID

from blog.application.ports import CommentView, Page, PageRequest, PostView
from blog.domain.entities import Comment, Post, User
from blog.domain.errors import UsernameTaken


class FakeClock:
    def __init__(self) -> None:
        self.current = datetime(2026, 1, 1, tzinfo=UTC)

    def now(self) -> datetime:
        self.current += timedelta(seconds=1)
        return self.current


class PlainHasher:
    async def hash(self, password: str) -> str:
        return f"hashed:{password}"

    async def verify(self, password: str, password_hash: str) -> bool:
        return password_hash == f"hashed:{password}"


class FakeTokens:
    def issue(self, user_id: UUID) -> str:
        return f"token:{user_id}"

    def subject(self, token: str) -> UUID | None:
        prefix, _, raw = token.partition(":")
        try:
            return UUID(raw) if prefix == "token" else None
        except ValueError:
            return None


class InMemoryUnitOfWork:
    def __init__(self) -> None:
        self.user_rows: dict[UUID, User] = {}
        self.post_rows: dict[UUID, Post] = {}
        self.comment_rows: dict[UUID, Comment] = {}
        self.commits = 0
        self.users = _Users(self)
        self.posts = _Posts(self)
        self.comments = _Comments(self)

    async def commit(self) -> None:
        self.commits += 1

    def username(self, user_id: UUID) -> str:
        return self.user_rows[user_id].username


class _Users:
    def __init__(self, uow: InMemoryUnitOfWork) -> None:
        self._uow = uow

    async def get(self, user_id: UUID) -> User | None:
        return self._uow.user_rows.get(user_id)

    async def get_by_username(self, username: str) -> User | None:
        return next((u for u in self._uow.user_rows.values() if u.username == username), None)

    async def add(self, user: User) -> None:
        if await self.get_by_username(user.username):
            raise UsernameTaken(user.username)
        self._uow.user_rows[user.id] = user


class _Posts:
    def __init__(self, uow: InMemoryUnitOfWork) -> None:
        self._uow = uow

    def _view(self, p: Post) -> PostView:
        author = self._uow.username(p.author_id)
        return PostView(p.id, p.title, p.content, p.author_id, author, p.created_at, p.updated_at)

    async def get(self, post_id: UUID) -> Post | None:
        return self._uow.post_rows.get(post_id)

    async def get_view(self, post_id: UUID) -> PostView | None:
        post = self._uow.post_rows.get(post_id)
        return None if post is None else self._view(post)

    async def list_views(self, page: PageRequest) -> Page[PostView]:
        ordered = sorted(self._uow.post_rows.values(), key=lambda p: p.created_at, reverse=True)
        items = [self._view(p) for p in ordered[page.offset : page.offset + page.limit]]
        return Page(items=items, total=len(ordered), limit=page.limit, offset=page.offset)

    async def add(self, post: Post) -> None:
        self._uow.post_rows[post.id] = post

    async def update(self, post: Post) -> None:
        self._uow.post_rows[post.id] = post

    async def delete(self, post_id: UUID) -> None:
        self._uow.post_rows.pop(post_id, None)
        for cid in [c.id for c in self._uow.comment_rows.values() if c.post_id == post_id]:
            del self._uow.comment_rows[cid]


class _Comments:
    def __init__(self, uow: InMemoryUnitOfWork) -> None:
        self._uow = uow

    async def add(self, comment: Comment) -> None:
        self._uow.comment_rows[comment.id] = comment

    async def list_views_for_post(self, post_id: UUID, page: PageRequest) -> Page[CommentView]:
        rows = sorted((c for c in self._uow.comment_rows.values() if c.post_id == post_id), key=lambda c: c.created_at)
        items = [
            CommentView(c.id, c.post_id, c.author_id, self._uow.username(c.author_id), c.content, c.created_at)
            for c in rows[page.offset : page.offset + page.limit]
        ]
        return Page(items=items, total=len(rows), limit=page.limit, offset=page.offset)
