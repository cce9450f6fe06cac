from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app.models.todo import Todo


class TodoRepository:
    """Every query is scoped to an owner: there is no way to fetch someone else's todo."""

    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def list_for_owner(self, owner_id: int, *, limit: int, offset: int) -> Sequence[Todo]:
        stmt = (
            select(Todo)
            .where(Todo.owner_id == owner_id)
            .order_by(Todo.id)
            .limit(limit)
            .offset(offset)
        )
        result = await self._session.scalars(stmt)
        return result.all()

    async def get_for_owner(self, owner_id: int, todo_id: int) -> Todo | None:
        stmt = select(Todo).where(Todo.id == todo_id, Todo.owner_id == owner_id)
        return (await self._session.scalars(stmt)).one_or_none()

    async def add(self, todo: Todo) -> Todo:
        self._session.add(todo)
        await self._session.flush()
        return todo

    async def delete(self, todo: Todo) -> None:
        await self._session.delete(todo)
        await self._session.flush()
