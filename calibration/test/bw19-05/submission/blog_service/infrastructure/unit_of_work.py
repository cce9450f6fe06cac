from types import TracebackType
from typing import Self

from sqlalchemy.orm import Session, sessionmaker

from blog_service.domain.unit_of_work import AbstractUnitOfWork
from blog_service.infrastructure.repositories import (
    SqlAlchemyCommentRepository,
    SqlAlchemyPostRepository,
    SqlAlchemyUserRepository,
)


class SqlAlchemyUnitOfWork(AbstractUnitOfWork):
    def __init__(self, session_factory: sessionmaker[Session]) -> None:
        self._session_factory = session_factory

    def __enter__(self) -> Self:
        self._session = self._session_factory()
        self.users = SqlAlchemyUserRepository(self._session)
        self.posts = SqlAlchemyPostRepository(self._session)
        self.comments = SqlAlchemyCommentRepository(self._session)
        return super().__enter__()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        super().__exit__(exc_type, exc, tb)
        self._session.close()

    def commit(self) -> None:
        self._session.commit()

    def rollback(self) -> None:
        self._session.rollback()
