"""Repository contracts. Services depend on these, never on the SQLAlchemy implementations."""
from abc import ABC, abstractmethod

from app.domain.entities import CommentEntity, PostEntity, UserEntity


class IUserRepository(ABC):
    @abstractmethod
    def find_by_id(self, user_id: int) -> UserEntity | None: ...

    @abstractmethod
    def find_by_username(self, username: str) -> UserEntity | None: ...

    @abstractmethod
    def exists_by_username(self, username: str) -> bool: ...

    @abstractmethod
    def save(self, user: UserEntity) -> UserEntity: ...


class IPostRepository(ABC):
    @abstractmethod
    def find_by_id(self, post_id: int) -> PostEntity | None: ...

    @abstractmethod
    def find_all(self, offset: int, limit: int) -> list[PostEntity]: ...

    @abstractmethod
    def count(self) -> int: ...

    @abstractmethod
    def save(self, post: PostEntity) -> PostEntity: ...

    @abstractmethod
    def delete(self, post: PostEntity) -> None: ...


class ICommentRepository(ABC):
    @abstractmethod
    def find_by_post_id(self, post_id: int, offset: int | None = None, limit: int | None = None) -> list[CommentEntity]: ...

    @abstractmethod
    def count_by_post_id(self, post_id: int) -> int: ...

    @abstractmethod
    def save(self, comment: CommentEntity) -> CommentEntity: ...

    @abstractmethod
    def delete_by_post_id(self, post_id: int) -> None: ...
