"""What the todos service needs from the outside world. Adapters live elsewhere."""
from dataclasses import dataclass
from typing import Protocol

from app.services.todos.domain import Todo


@dataclass(frozen=True)
class OwnerRef:
    id: int
    username: str


class IdentityGateway(Protocol):
    async def get_owner(self, user_id: int) -> OwnerRef | None: ...


class TodoRepository(Protocol):
    async def add(self, owner_id: int, title: str, description: str | None) -> Todo: ...
    async def get(self, owner_id: int, todo_id: int) -> Todo | None: ...
    async def list(self, owner_id: int, limit: int, offset: int) -> list[Todo]: ...
    async def count(self, owner_id: int) -> int: ...
    async def save(self, todo: Todo) -> Todo: ...
    async def delete(self, owner_id: int, todo_id: int) -> bool: ...
