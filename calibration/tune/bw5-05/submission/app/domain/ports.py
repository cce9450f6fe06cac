"""Repository interfaces. Services depend on these, not on SQLAlchemy."""

from typing import Protocol

from app.domain.entities import TodoEntity, UserEntity


class UserRepository(Protocol):
    async def get_by_username(self, username: str) -> UserEntity | None: ...

    async def get(self, user_id: int) -> UserEntity | None: ...

    async def create(self, username: str, password_hash: str) -> UserEntity: ...


class TodoRepository(Protocol):
    async def list(self, owner_id: int, limit: int, offset: int) -> list[TodoEntity]: ...

    async def get(self, owner_id: int, todo_id: int) -> TodoEntity | None: ...

    async def create(
        self, owner_id: int, title: str, description: str | None, done: bool
    ) -> TodoEntity: ...

    async def update(self, entity: TodoEntity) -> TodoEntity: ...

    async def delete(self, owner_id: int, todo_id: int) -> bool: ...
