from __future__ import annotations

from types import TracebackType
from typing import Self

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from blog.adapters.sqlalchemy.repositories import (
    SqlAlchemyCommentRepository,
    SqlAlchemyPostRepository,
    SqlAlchemyUserRepository,
)


class SqlAlchemyUnitOfWork:
    """One AsyncSession per unit of work. Nothing is persisted without commit()."""

    users: SqlAlchemyUserRepository
    posts: SqlAlchemyPostRepository
    comments: SqlAlchemyCommentRepository

    def __init__(self, session_factory: async_sessionmaker[AsyncSession]) -> None:
        self._session_factory = session_factory
        self._session: AsyncSession | None = None

    async def __aenter__(self) -> Self:
        self._session = self._session_factory()
        self.users = SqlAlchemyUserRepository(self._session)
        self.posts = SqlAlchemyPostRepository(self._session)
        self.comments = SqlAlchemyCommentRepository(self._session)
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        assert self._session is not None
        try:
            if exc_type is not None:
                await self._session.rollback()
        finally:
            await self._session.close()
            self._session = None

    async def commit(self) -> None:
        assert self._session is not None
        await self._session.commit()
