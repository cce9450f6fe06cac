from sqlalchemy import delete, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.adapters.orm import TodoRow, UserRow
from app.domain.entities import TodoEntity, UserEntity


def _user(row: UserRow) -> UserEntity:
    return UserEntity(id=row.id, username=row.username, password_hash=row.password_hash)


def _todo(row: TodoRow) -> TodoEntity:
    return TodoEntity(
        id=row.id, owner_id=row.owner_id, title=row.title, description=row.description, done=row.done
    )


class SqlUserRepository:
    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def get_by_username(self, username: str) -> UserEntity | None:
        row = await self._session.scalar(select(UserRow).where(UserRow.username == username))
        return _user(row) if row else None

    async def get(self, user_id: int) -> UserEntity | None:
        row = await self._session.get(UserRow, user_id)
        return _user(row) if row else None

    async def create(self, username: str, password_hash: str) -> UserEntity:
        row = UserRow(username=username, password_hash=password_hash)
        self._session.add(row)
        await self._session.commit()
        return _user(row)


class SqlTodoRepository:
    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def list(self, owner_id: int, limit: int, offset: int) -> list[TodoEntity]:
        stmt = (
            select(TodoRow)
            .where(TodoRow.owner_id == owner_id)
            .order_by(TodoRow.id)
            .limit(limit)
            .offset(offset)
        )
        return [_todo(r) for r in await self._session.scalars(stmt)]

    async def get(self, owner_id: int, todo_id: int) -> TodoEntity | None:
        row = await self._session.scalar(
            select(TodoRow).where(TodoRow.id == todo_id, TodoRow.owner_id == owner_id)
        )
        return _todo(row) if row else None

    async def create(
        self, owner_id: int, title: str, description: str | None, done: bool
    ) -> TodoEntity:
        row = TodoRow(owner_id=owner_id, title=title, description=description, done=done)
        self._session.add(row)
        await self._session.commit()
        return _todo(row)

    async def update(self, entity: TodoEntity) -> TodoEntity:
        row = await self._session.get(TodoRow, entity.id)
        assert row is not None and row.owner_id == entity.owner_id
        row.title, row.description, row.done = entity.title, entity.description, entity.done
        await self._session.commit()
        return _todo(row)

    async def delete(self, owner_id: int, todo_id: int) -> bool:
        result = await self._session.execute(
            delete(TodoRow).where(TodoRow.id == todo_id, TodoRow.owner_id == owner_id)
        )
        await self._session.commit()
        return result.rowcount > 0
