"""Persistence boundary.

Routers depend on the Protocols below, never on SQLAlchemy; the Sql*
classes are the only implementation today, but tests or a different store
can provide another one without touching the HTTP layer.
"""

from collections.abc import Mapping, Sequence
from typing import Generic, Protocol, TypeVar

from sqlalchemy import ColumnElement, delete, func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import joinedload

from .models import Base, Comment, Post, User, utcnow

M = TypeVar("M", bound=Base)


class UsernameTakenError(Exception):
    pass


class UserRepository(Protocol):
    async def by_id(self, user_id: int) -> User | None: ...
    async def by_username(self, username: str) -> User | None: ...
    async def add(self, username: str, password_hash: str) -> User: ...


class PostRepository(Protocol):
    async def exists(self, post_id: int) -> bool: ...
    async def get(self, post_id: int) -> Post | None: ...
    async def page(self, limit: int, offset: int) -> tuple[Sequence[Post], int]: ...
    async def add(self, author: User, title: str, content: str) -> Post: ...
    async def update(self, post: Post, changes: Mapping[str, str]) -> Post: ...
    async def delete(self, post: Post) -> None: ...


class CommentRepository(Protocol):
    async def page_for_post(
        self, post_id: int, limit: int, offset: int
    ) -> tuple[Sequence[Comment], int]: ...
    async def add(self, post_id: int, author: User, content: str) -> Comment: ...


class _SqlRepository(Generic[M]):
    def __init__(self, session: AsyncSession, model: type[M]) -> None:
        self._session = session
        self._model = model

    async def _count(self, *where: ColumnElement[bool]) -> int:
        stmt = select(func.count()).select_from(self._model).where(*where)
        return (await self._session.scalar(stmt)) or 0

    async def _save(self, obj: M) -> M:
        self._session.add(obj)
        await self._session.commit()
        return obj


class SqlUserRepository(_SqlRepository[User]):
    def __init__(self, session: AsyncSession) -> None:
        super().__init__(session, User)

    async def by_id(self, user_id: int) -> User | None:
        return await self._session.get(User, user_id)

    async def by_username(self, username: str) -> User | None:
        return await self._session.scalar(select(User).where(User.username == username))

    async def add(self, username: str, password_hash: str) -> User:
        try:
            return await self._save(User(username=username, password_hash=password_hash))
        except IntegrityError:
            await self._session.rollback()
            raise UsernameTakenError(username) from None


class SqlPostRepository(_SqlRepository[Post]):
    def __init__(self, session: AsyncSession) -> None:
        super().__init__(session, Post)

    async def exists(self, post_id: int) -> bool:
        return await self._count(Post.id == post_id) > 0

    async def get(self, post_id: int) -> Post | None:
        stmt = select(Post).options(joinedload(Post.author)).where(Post.id == post_id)
        return await self._session.scalar(stmt)

    async def page(self, limit: int, offset: int) -> tuple[Sequence[Post], int]:
        stmt = (
            select(Post)
            .options(joinedload(Post.author))
            .order_by(Post.created_at.desc(), Post.id.desc())
            .limit(limit)
            .offset(offset)
        )
        rows = (await self._session.scalars(stmt)).all()
        return rows, await self._count()

    async def add(self, author: User, title: str, content: str) -> Post:
        return await self._save(Post(author=author, title=title, content=content))

    async def update(self, post: Post, changes: Mapping[str, str]) -> Post:
        if "title" in changes:
            post.title = changes["title"]
        if "content" in changes:
            post.content = changes["content"]
        post.updated_at = utcnow()
        return await self._save(post)

    async def delete(self, post: Post) -> None:
        # Explicit rather than relying on ON DELETE CASCADE, which SQLite only
        # honours with PRAGMA foreign_keys=ON.
        await self._session.execute(delete(Comment).where(Comment.post_id == post.id))
        await self._session.delete(post)
        await self._session.commit()


class SqlCommentRepository(_SqlRepository[Comment]):
    def __init__(self, session: AsyncSession) -> None:
        super().__init__(session, Comment)

    async def page_for_post(
        self, post_id: int, limit: int, offset: int
    ) -> tuple[Sequence[Comment], int]:
        stmt = (
            select(Comment)
            .options(joinedload(Comment.author))
            .where(Comment.post_id == post_id)
            .order_by(Comment.created_at, Comment.id)
            .limit(limit)
            .offset(offset)
        )
        rows = (await self._session.scalars(stmt)).all()
        return rows, await self._count(Comment.post_id == post_id)

    async def add(self, post_id: int, author: User, content: str) -> Comment:
        return await self._save(Comment(post_id=post_id, author=author, content=content))
