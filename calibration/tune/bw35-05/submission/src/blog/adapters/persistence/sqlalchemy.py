"""Driven adapter: the persistence ports implemented with SQLAlchemy Core on an async driver."""

from __future__ import annotations

from typing import Any
from uuid import UUID

from sqlalchemy import delete, func, insert, select, update
from sqlalchemy.engine import RowMapping
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncConnection

from blog.adapters.persistence.tables import comments, posts, users
from blog.application.ports import (
    CommentRepository,
    CommentView,
    Page,
    PageRequest,
    PostRepository,
    PostView,
    UserRepository,
)
from blog.domain.entities import Comment, Post, User
from blog.domain.errors import UsernameTaken


def _user(row: RowMapping) -> User:
    return User(
        id=row["id"],
        username=row["username"],
        password_hash=row["password_hash"],
        created_at=row["created_at"],
    )


def _post(row: RowMapping) -> Post:
    return Post(
        id=row["id"],
        author_id=row["author_id"],
        title=row["title"],
        content=row["content"],
        created_at=row["created_at"],
        updated_at=row["updated_at"],
    )


class SqlUserRepository:
    def __init__(self, conn: AsyncConnection) -> None:
        self._conn = conn

    async def get(self, user_id: UUID) -> User | None:
        row = (await self._conn.execute(select(users).where(users.c.id == user_id))).mappings().first()
        return None if row is None else _user(row)

    async def get_by_username(self, username: str) -> User | None:
        row = (await self._conn.execute(select(users).where(users.c.username == username))).mappings().first()
        return None if row is None else _user(row)

    async def add(self, user: User) -> None:
        values: dict[str, Any] = {
            "id": user.id,
            "username": user.username,
            "password_hash": user.password_hash,
            "created_at": user.created_at,
        }
        try:
            await self._conn.execute(insert(users).values(**values))
        except IntegrityError as exc:  # lost a race with a concurrent sign-up
            raise UsernameTaken(user.username) from exc


_post_view_columns = (
    posts.c.id,
    posts.c.title,
    posts.c.content,
    posts.c.author_id,
    users.c.username.label("author_username"),
    posts.c.created_at,
    posts.c.updated_at,
)


class SqlPostRepository:
    def __init__(self, conn: AsyncConnection) -> None:
        self._conn = conn

    async def get(self, post_id: UUID) -> Post | None:
        row = (await self._conn.execute(select(posts).where(posts.c.id == post_id))).mappings().first()
        return None if row is None else _post(row)

    async def get_view(self, post_id: UUID) -> PostView | None:
        stmt = select(*_post_view_columns).join(users, users.c.id == posts.c.author_id).where(posts.c.id == post_id)
        row = (await self._conn.execute(stmt)).mappings().first()
        return None if row is None else PostView(**row)

    async def list_views(self, page: PageRequest) -> Page[PostView]:
        stmt = (
            select(*_post_view_columns)
            .join(users, users.c.id == posts.c.author_id)
            .order_by(posts.c.created_at.desc(), posts.c.id)
            .limit(page.limit)
            .offset(page.offset)
        )
        rows = (await self._conn.execute(stmt)).mappings().all()
        total = (await self._conn.execute(select(func.count()).select_from(posts))).scalar_one()
        return Page(items=[PostView(**row) for row in rows], total=total, limit=page.limit, offset=page.offset)

    async def add(self, post: Post) -> None:
        await self._conn.execute(
            insert(posts).values(
                id=post.id,
                author_id=post.author_id,
                title=post.title,
                content=post.content,
                created_at=post.created_at,
                updated_at=post.updated_at,
            )
        )

    async def update(self, post: Post) -> None:
        await self._conn.execute(
            update(posts)
            .where(posts.c.id == post.id)
            .values(title=post.title, content=post.content, updated_at=post.updated_at)
        )

    async def delete(self, post_id: UUID) -> None:
        # explicit instead of relying on ON DELETE CASCADE, which SQLite ignores unless enabled
        await self._conn.execute(delete(comments).where(comments.c.post_id == post_id))
        await self._conn.execute(delete(posts).where(posts.c.id == post_id))


class SqlCommentRepository:
    def __init__(self, conn: AsyncConnection) -> None:
        self._conn = conn

    async def add(self, comment: Comment) -> None:
        await self._conn.execute(
            insert(comments).values(
                id=comment.id,
                post_id=comment.post_id,
                author_id=comment.author_id,
                content=comment.content,
                created_at=comment.created_at,
            )
        )

    async def list_views_for_post(self, post_id: UUID, page: PageRequest) -> Page[CommentView]:
        stmt = (
            select(
                comments.c.id,
                comments.c.post_id,
                comments.c.author_id,
                users.c.username.label("author_username"),
                comments.c.content,
                comments.c.created_at,
            )
            .join(users, users.c.id == comments.c.author_id)
            .where(comments.c.post_id == post_id)
            .order_by(comments.c.created_at, comments.c.id)
            .limit(page.limit)
            .offset(page.offset)
        )
        rows = (await self._conn.execute(stmt)).mappings().all()
        count = select(func.count()).select_from(comments).where(comments.c.post_id == post_id)
        total = (await self._conn.execute(count)).scalar_one()
        return Page(items=[CommentView(**row) for row in rows], total=total, limit=page.limit, offset=page.offset)


class SqlUnitOfWork:
    """One connection, one transaction per request. Anything not committed is rolled back on close."""

    def __init__(self, conn: AsyncConnection) -> None:
        self._conn = conn
        self.users: UserRepository = SqlUserRepository(conn)
        self.posts: PostRepository = SqlPostRepository(conn)
        self.comments: CommentRepository = SqlCommentRepository(conn)

    async def commit(self) -> None:
        await self._conn.commit()
