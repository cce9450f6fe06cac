from __future__ import annotations

from abc import ABC, abstractmethod

from todo_api.application.dtos import TokenResponse
from todo_api.domain.models import Todo, User


class IUserRepository(ABC):
    @abstractmethod
    async def get_by_id_async(self, user_id: int) -> User | None: ...

    @abstractmethod
    async def get_by_username_async(self, username: str) -> User | None: ...

    @abstractmethod
    async def add_async(self, username: str, password_hash: str) -> User: ...


class ITodoRepository(ABC):
    @abstractmethod
    async def get_by_id_async(self, todo_id: int, owner_id: int) -> Todo | None: ...

    @abstractmethod
    async def list_async(self, owner_id: int, limit: int, offset: int) -> list[Todo]: ...

    @abstractmethod
    async def count_async(self, owner_id: int) -> int: ...

    @abstractmethod
    async def add_async(
        self, owner_id: int, title: str, description: str | None, is_done: bool
    ) -> Todo: ...

    @abstractmethod
    async def update_async(self, todo: Todo) -> Todo | None: ...

    @abstractmethod
    async def delete_async(self, todo_id: int, owner_id: int) -> bool: ...


class IUnitOfWork(ABC):
    @abstractmethod
    async def commit_async(self) -> None: ...

    @abstractmethod
    async def rollback_async(self) -> None: ...


class IPasswordHasher(ABC):
    @abstractmethod
    async def hash_async(self, password: str) -> str: ...

    @abstractmethod
    async def verify_async(self, password: str, password_hash: str) -> bool: ...


class ITokenService(ABC):
    @abstractmethod
    async def create_token_async(self, user: User) -> TokenResponse: ...

    @abstractmethod
    async def validate_token_async(self, token: str) -> int | None:
        """Returns the user id carried by a valid token, otherwise None."""
