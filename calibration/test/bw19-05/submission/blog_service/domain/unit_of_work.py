from abc import ABC, abstractmethod
from types import TracebackType
from typing import Self

from blog_service.domain.repositories import (
    AbstractCommentRepository,
    AbstractPostRepository,
    AbstractUserRepository,
)


class AbstractUnitOfWork(ABC):
    users: AbstractUserRepository
    posts: AbstractPostRepository
    comments: AbstractCommentRepository

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if exc_type is not None:
            self.rollback()

    @abstractmethod
    def commit(self) -> None: ...

    @abstractmethod
    def rollback(self) -> None: ...
