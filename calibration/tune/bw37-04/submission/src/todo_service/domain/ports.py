"""Ports: what the application layer needs from the outside world."""

from datetime import datetime
from typing import Protocol
from uuid import UUID

from .models import Page, PageRequest, Todo, User


class Clock(Protocol):
    def now(self) -> datetime: ...


class PasswordHasher(Protocol):
    def hash(self, password: str) -> str: ...

    def verify(self, password_hash: str, password: str) -> bool: ...

    def verify_decoy(self, password: str) -> None:
        """Spend as long as ``verify`` would, for a user that does not exist."""
        ...


class TokenService(Protocol):
    def issue(self, user_id: UUID) -> str: ...

    def subject(self, token: str) -> UUID:
        """Return the user id in a valid token; raise AuthenticationError otherwise."""
        ...


class UserRepository(Protocol):
    def add(self, user: User) -> None: ...

    def by_id(self, user_id: UUID) -> User | None: ...

    def by_username(self, username: str) -> User | None: ...


class TodoRepository(Protocol):
    def add(self, todo: Todo) -> None: ...

    def get_owned(self, todo_id: UUID, owner_id: UUID) -> Todo | None: ...

    def list_owned(self, owner_id: UUID, page: PageRequest) -> Page[Todo]: ...

    def save(self, todo: Todo) -> None: ...

    def delete(self, todo: Todo) -> None: ...


class UnitOfWork(Protocol):
    users: UserRepository
    todos: TodoRepository

    def commit(self) -> None: ...

    def rollback(self) -> None: ...
