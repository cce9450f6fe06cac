from collections.abc import Sequence
from typing import Annotated, Any

from fastapi import Depends
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from todo_api.database import SessionDep
from todo_api.todos.entities import Todo


class TodosRepository:
    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def find_for_owner(self, owner_id: int, limit: int, offset: int) -> tuple[Sequence[Todo], int]:
        page = await self._session.scalars(
            select(Todo).where(Todo.owner_id == owner_id).order_by(Todo.id).limit(limit).offset(offset)
        )
        total = await self._session.scalar(select(func.count()).select_from(Todo).where(Todo.owner_id == owner_id))
        return page.all(), total or 0

    async def find_one(self, todo_id: int, owner_id: int) -> Todo | None:
        # Scoped by owner so another user's todo is indistinguishable from a missing one.
        return await self._session.scalar(select(Todo).where(Todo.id == todo_id, Todo.owner_id == owner_id))

    async def create(self, owner_id: int, **fields: Any) -> Todo:
        todo = Todo(owner_id=owner_id, **fields)
        self._session.add(todo)
        await self._session.commit()
        await self._session.refresh(todo)
        return todo

    async def update(self, todo: Todo, changes: dict[str, Any]) -> Todo:
        for key, value in changes.items():
            setattr(todo, key, value)
        await self._session.commit()
        await self._session.refresh(todo)
        return todo

    async def delete(self, todo: Todo) -> None:
        await self._session.delete(todo)
        await self._session.commit()


def get_todos_repository(session: SessionDep) -> TodosRepository:
    return TodosRepository(session)


TodosRepositoryDep = Annotated[TodosRepository, Depends(get_todos_repository)]
