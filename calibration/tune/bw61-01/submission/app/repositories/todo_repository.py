from typing import Any

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.models import Todo


class TodoRepository:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def paginate_for_user(
        self, user_id: int, limit: int, offset: int
    ) -> tuple[list[Todo], int]:
        total = await self.session.scalar(
            select(func.count()).select_from(Todo).where(Todo.user_id == user_id)
        )
        result = await self.session.execute(
            select(Todo)
            .where(Todo.user_id == user_id)
            .order_by(Todo.id)
            .limit(limit)
            .offset(offset)
        )
        return list(result.scalars().all()), total or 0

    async def find_for_user(self, todo_id: int, user_id: int) -> Todo | None:
        result = await self.session.execute(
            select(Todo).where(Todo.id == todo_id, Todo.user_id == user_id)
        )
        return result.scalar_one_or_none()

    async def create(self, user_id: int, attributes: dict[str, Any]) -> Todo:
        todo = Todo(user_id=user_id, **attributes)
        self.session.add(todo)
        await self.session.commit()
        await self.session.refresh(todo)
        return todo

    async def update(self, todo: Todo, attributes: dict[str, Any]) -> Todo:
        for key, value in attributes.items():
            setattr(todo, key, value)
        await self.session.commit()
        await self.session.refresh(todo)
        return todo

    async def delete(self, todo: Todo) -> None:
        await self.session.delete(todo)
        await self.session.commit()
