"""Data access for todos, always scoped to an owner."""

from collections.abc import Sequence
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from todo_app.models import Todo


async def list_for_owner(
    session: AsyncSession, owner_id: int, *, limit: int, offset: int
) -> tuple[Sequence[Todo], int]:
    total = await session.scalar(
        select(func.count()).select_from(Todo).where(Todo.owner_id == owner_id)
    )
    rows = await session.scalars(
        select(Todo)
        .where(Todo.owner_id == owner_id)
        .order_by(Todo.id.desc())
        .limit(limit)
        .offset(offset)
    )
    return rows.all(), total or 0


async def get_for_owner(session: AsyncSession, owner_id: int, todo_id: int) -> Todo | None:
    return await session.scalar(
        select(Todo).where(Todo.id == todo_id, Todo.owner_id == owner_id)
    )


async def create(session: AsyncSession, owner_id: int, data: dict[str, Any]) -> Todo:
    todo = Todo(owner_id=owner_id, **data)
    session.add(todo)
    await session.commit()
    return todo


async def update(session: AsyncSession, todo: Todo, changes: dict[str, Any]) -> Todo:
    for field, value in changes.items():
        setattr(todo, field, value)
    await session.commit()
    return todo


async def delete(session: AsyncSession, todo: Todo) -> None:
    await session.delete(todo)
    await session.commit()
