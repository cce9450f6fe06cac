from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.models import Todo
from app.schemas import TodoCreate, TodoUpdate


class TodoRepository:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def list_for_owner(self, owner_id: int, limit: int, offset: int) -> tuple[list[Todo], int]:
        total = await self.session.scalar(
            select(func.count()).select_from(Todo).where(Todo.owner_id == owner_id)
        )
        result = await self.session.scalars(
            select(Todo).where(Todo.owner_id == owner_id).order_by(Todo.id).limit(limit).offset(offset)
        )
        return list(result), total or 0

    async def get_for_owner(self, todo_id: int, owner_id: int) -> Todo | None:
        return await self.session.scalar(
            select(Todo).where(Todo.id == todo_id, Todo.owner_id == owner_id)
        )

    async def create(self, owner_id: int, data: TodoCreate) -> Todo:
        todo = Todo(owner_id=owner_id, **data.model_dump())
        self.session.add(todo)
        await self.session.commit()
        await self.session.refresh(todo)
        return todo

    async def update(self, todo: Todo, data: TodoUpdate) -> Todo:
        for field, value in data.model_dump(exclude_unset=True, exclude_none=True).items():
            setattr(todo, field, value)
        await self.session.commit()
        await self.session.refresh(todo)
        return todo

    async def delete(self, todo: Todo) -> None:
        await self.session.delete(todo)
        await self.session.commit()
