from itertools import count
from typing import Generic, TypeVar

from blog_service.domain.entities import Comment, Post, User
from blog_service.domain.repositories import (
    AbstractCommentRepository,
    AbstractPostRepository,
    AbstractUserRepository,
)
from blog_service.domain.unit_of_work import AbstractUnitOfWork
from blog_service.infrastructure.security import AbstractPasswordHasher, AbstractTokenService

T = TypeVar("T", User, Post, Comment)


class _FakeRepository(Generic[T]):
    def __init__(self) -> None:
        self._items: dict[int, T] = {}
        self._ids = count(1)

    def add(self, entity: T) -> None:
        entity.id = next(self._ids)
        self._items[entity.id] = entity

    def get(self, entity_id: int) -> T | None:
        return self._items.get(entity_id)

    def delete(self, entity: T) -> None:
        assert entity.id is not None
        self._items.pop(entity.id, None)


class FakeUserRepository(_FakeRepository[User], AbstractUserRepository):
    def get_by_username(self, username: str) -> User | None:
        return next((u for u in self._items.values() if u.username == username), None)


class FakePostRepository(_FakeRepository[Post], AbstractPostRepository):
    def list(self, limit: int, offset: int) -> list[Post]:
        posts = sorted(self._items.values(), key=lambda p: p.created_at, reverse=True)
        return posts[offset : offset + limit]

    def count(self) -> int:
        return len(self._items)


class FakeCommentRepository(_FakeRepository[Comment], AbstractCommentRepository):
    def list_by_post(self, post_id: int, limit: int, offset: int) -> list[Comment]:
        comments = [c for c in self._items.values() if c.post_id == post_id]
        return comments[offset : offset + limit]

    def count_by_post(self, post_id: int) -> int:
        return len([c for c in self._items.values() if c.post_id == post_id])


class FakeUnitOfWork(AbstractUnitOfWork):
    def __init__(self) -> None:
        self.users = FakeUserRepository()
        self.posts = FakePostRepository()
        self.comments = FakeCommentRepository()
        self.committed = False

    def commit(self) -> None:
        self.committed = True

    def rollback(self) -> None:
        pass


class FakePasswordHasher(AbstractPasswordHasher):
    def hash(self, password: str) -> str:
        return f"hashed:{password}"

    def verify(self, password: str, encoded: str) -> bool:
        return encoded == f"hashed:{password}"


class FakeTokenService(AbstractTokenService):
    def issue(self, user_id: int) -> str:
        return f"token-{user_id}"

    def resolve(self, token: str) -> int | None:
        return int(token.removeprefix("token-"))
