from sqlalchemy import delete, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.services.todos.domain import Todo
from app.services.todos.models import TodoRecord


def _to_domain(r: TodoRecord) -> Todo:
    return Todo(
        id=r.id,
        owner_id=r.owner_id,
        title=r.title,
        description=r.description,
        done=r.done,
        created_at=r.created_at,
        updated_at=r.updated_at,
    )


class SqlTodoRepository:
    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def _record(self, owner_id: int, todo_id: int) -> TodoRecord | None:
        stmt = select(TodoRecord).where(TodoRecord.id == todo_id, TodoRecord.owner_id == owner_id)
        return await self._session.scalar(stmt)

    async def add(self, owner_id: int, title: str, description: str | None) -> Todo:
        record = TodoRecord(owner_id=owner_id, title=title, description=description, done=False)
        self._session.add(record)
        await self._session.commit()
        await self._session.refresh(record)
        return _to_domain(record)

    async def get(self, owner_id: int, todo_id: int) -> Todo | None:
        record = await self._record(owner_id, todo_id)
        return _to_domain(record) if record else None

    async def list(self, owner_id: int, limit: int, offset: int) -> list[Todo]:
        stmt = (
            select(TodoRecord)
            .where(TodoRecord.owner_id == owner_id)
            .order_by(TodoRecord.id)
            .limit(limit)
            .offset(offset)
        )
        return [_to_domain(r) for r in await self._session.scalars(stmt)]

    async def count(self, owner_id: int) -> int:
        rows = await self._session.scalars(select(TodoRecord).where(TodoRecord.owner_id == owner_id))
        return len(rows.all())

    async def save(self, todo: Todo) -> Todo:
        record = await self._record(todo.owner_id, todo.id)
        if record is None:
            raise LookupError(todo.id)
        record.title = todo.title
        record.description = todo.description
        record.done = todo.done
        await self._session.commit()
        await self._session.refresh(record)
        return _to_domain(record)

    async def delete(self, owner_id: int, todo_id: int) -> bool:
        stmt = delete(TodoRecord).where(TodoRecord.id == todo_id, TodoRecord.owner_id == owner_id)
        result = await self._session.execute(stmt)
        await self._session.commit()
        return result.rowcount > 0
