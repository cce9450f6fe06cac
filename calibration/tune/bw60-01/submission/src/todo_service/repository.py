"""A small typed repository layer.

`Repository[M]` knows how to query one table model; subclasses add the handful of queries the
API needs. Every todo query goes through an owner filter, there is no unscoped `get(id)`.
"""

from collections.abc import Sequence
from typing import ClassVar, Generic, TypeVar
from uuid import UUID

from sqlalchemy import func
from sqlalchemy.sql.elements import ColumnElement
from sqlmodel import SQLModel, col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from todo_service.models import Todo, User

M = TypeVar("M", bound=SQLModel)


class Repository(Generic[M]):
    model: ClassVar[type[SQLModel]]

    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def find_one(self, *where: ColumnElement[bool]) -> M | None:
        result = await self.session.exec(select(self.model).where(*where))
        return result.first()  # type: ignore[return-value]

    async def find_page(
        self,
        *where: ColumnElement[bool],
        order_by: ColumnElement[object],
        limit: int,
        offset: int,
    ) -> tuple[Sequence[M], int]:
        page_stmt = select(self.model).where(*where).order_by(order_by).limit(limit).offset(offset)
        count_stmt = select(func.count()).select_from(self.model).where(*where)
        items = (await self.session.exec(page_stmt)).all()
        total = (await self.session.exec(count_stmt)).one()
        return items, total  # type: ignore[return-value]

    async def save(self, entity: M) -> M:
        self.session.add(entity)
        await self.session.commit()
        await self.session.refresh(entity)
        return entity

    async def remove(self, entity: M) -> None:
        await self.session.delete(entity)
        await self.session.commit()

    async def rollback(self) -> None:
        await self.session.rollback()


class UserRepository(Repository[User]):
    model = User

    async def by_id(self, user_id: UUID) -> User | None:
        return await self.find_one(col(User.id) == user_id)

    async def by_username(self, username: str) -> User | None:
        return await self.find_one(col(User.username) == username)


class TodoRepository(Repository[Todo]):
    model = Todo

    async def owned(self, owner_id: UUID, todo_id: UUID) -> Todo | None:
        return await self.find_one(col(Todo.id) == todo_id, col(Todo.owner_id) == owner_id)

    async def page_for(self, owner_id: UUID, limit: int, offset: int) -> tuple[Sequence[Todo], int]:
        return await self.find_page(
            col(Todo.owner_id) == owner_id,
            order_by=col(Todo.created_at).desc(),
            limit=limit,
            offset=offset,
        )
