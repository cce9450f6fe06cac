from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app.models import Todo
from app.result import Err, Ok, Result, TodoNotFound
from app.schemas import TodoCreate, TodoPatch


class TodoRepository:
    """All todo queries are scoped to an owner; there is no unscoped lookup."""

    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def list_for(self, owner_id: int, *, limit: int, offset: int) -> Sequence[Todo]:
        stmt = (
            select(Todo)
            .where(Todo.owner_id == owner_id)
            .order_by(Todo.id)
            .limit(limit)
            .offset(offset)
        )
        result = await self._session.scalars(stmt)
        return result.all()

    async def find(self, owner_id: int, todo_id: int) -> Result[Todo, TodoNotFound]:
        stmt = select(Todo).where(Todo.id == todo_id, Todo.owner_id == owner_id)
        todo = await self._session.scalar(stmt)
        if todo is None:
            return Err(TodoNotFound(todo_id))
        return Ok(todo)

    async def create(self, owner_id: int, data: TodoCreate) -> Todo:
        todo = Todo(
            owner_id=owner_id,
            title=data.title,
            description=data.description,
            done=data.done,
        )
        self._session.add(todo)
        await self._session.commit()
        await self._session.refresh(todo)
        return todo

    async def replace(
        self, owner_id: int, todo_id: int, data: TodoCreate
    ) -> Result[Todo, TodoNotFound]:
        match await self.find(owner_id, todo_id):
            case Err() as missing:
                return missing
            case Ok(value=todo):
                todo.title = data.title
                todo.description = data.description
                todo.done = data.done
                await self._session.commit()
                await self._session.refresh(todo)
                return Ok(todo)

    async def patch(
        self, owner_id: int, todo_id: int, data: TodoPatch
    ) -> Result[Todo, TodoNotFound]:
        match await self.find(owner_id, todo_id):
            case Err() as missing:
                return missing
            case Ok(value=todo):
                for field, value in data.model_dump(exclude_unset=True).items():
                    setattr(todo, field, value)
                await self._session.commit()
                await self._session.refresh(todo)
                return Ok(todo)

    async def delete(self, owner_id: int, todo_id: int) -> Result[None, TodoNotFound]:
        match await self.find(owner_id, todo_id):
            case Err() as missing:
                return missing
            case Ok(value=todo):
                await self._session.delete(todo)
                await self._session.commit()
                return Ok(None)
