from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy.ext.asyncio import AsyncSession

from app.models.todo import Todo
from app.repositories.todos import TodoRepository
from app.schemas.todo import TodoCreate, TodoUpdate
from app.services.errors import TodoNotFoundError


class TodoService:
    def __init__(self, session: AsyncSession, todos: TodoRepository) -> None:
        self._session = session
        self._todos = todos

    async def list(self, owner_id: int, *, limit: int, offset: int) -> Sequence[Todo]:
        return await self._todos.list_for_owner(owner_id, limit=limit, offset=offset)

    async def get(self, owner_id: int, todo_id: int) -> Todo:
        todo = await self._todos.get_for_owner(owner_id, todo_id)
        if todo is None:
            raise TodoNotFoundError(todo_id)
        return todo

    async def create(self, owner_id: int, data: TodoCreate) -> Todo:
        todo = await self._todos.add(Todo(owner_id=owner_id, **data.model_dump()))
        await self._session.commit()
        return todo

    async def replace(self, owner_id: int, todo_id: int, data: TodoUpdate) -> Todo:
        todo = await self.get(owner_id, todo_id)
        for field, value in data.model_dump().items():
            setattr(todo, field, value)
        await self._session.commit()
        return todo

    async def delete(self, owner_id: int, todo_id: int) -> None:
        todo = await self.get(owner_id, todo_id)
        await self._todos.delete(todo)
        await self._session.commit()
