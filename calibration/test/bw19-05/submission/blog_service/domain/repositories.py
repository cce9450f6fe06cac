from abc import ABC, abstractmethod
from typing import Generic, TypeVar

from blog_service.domain.entities import Comment, Post, User

T = TypeVar("T")


class AbstractRepository(ABC, Generic[T]):
    @abstractmethod
    def add(self, entity: T) -> None: ...

    @abstractmethod
    def get(self, entity_id: int) -> T | None: ...

    @abstractmethod
    def delete(self, entity: T) -> None: ...


class AbstractUserRepository(AbstractRepository[User]):
    @abstractmethod
    def get_by_username(self, username: str) -> User | None: ...


class AbstractPostRepository(AbstractRepository[Post]):
    @abstractmethod
    def list(self, limit: int, offset: int) -> list[Post]: ...

    @abstractmethod
    def count(self) -> int: ...


class AbstractCommentRepository(AbstractRepository[Comment]):
    @abstractmethod
    def list_by_post(self, post_id: int, limit: int, offset: int) -> list[Comment]: ...

    @abstractmethod
    def count_by_post(self, post_id: int) -> int: ...
