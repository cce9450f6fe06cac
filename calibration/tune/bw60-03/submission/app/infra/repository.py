from collections.abc import Sequence
from typing import Any

from sqlalchemy import func
from sqlmodel import SQLModel, col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from app.domain.models import Todo, User


class Repository[E: SQLModel]:
    """Generic CRUD over one entity type. Subclasses add the queries they need."""

    def __init__(self, session: AsyncSession, entity: type[E]) -> None:
        self.session = session
        self.entity = entity

    async def get(self, pk: int) -> E | None:
        return await self.session.get(self.entity, pk)

    async def insert(self, e: E) -> E:
        self.session.add(e)
        await self.session.commit()
        await self.session.refresh(e)
        return e

    async def update(self, e: E, patch: dict[str, Any]) -> E:
        e.sqlmodel_update(patch)
        return await self.insert(e)

    async def delete(self, e: E) -> None:
        await self.session.delete(e)
        await self.session.commit()


class UserRepository(Repository[User]):
    def __init__(self, session: AsyncSession) -> None:
        super().__init__(session, User)

    async def by_username(self, username: str) -> User | None:
        stmt = select(User).where(col(User.username) == username)
        return (await self.session.exec(stmt)).first()


class TodoRepository(Repository[Todo]):
    def __init__(self, session: AsyncSession) -> None:
        super().__init__(session, Todo)

    async def get_owned(self, owner_id: int, todo_id: int) -> Todo | None:
        stmt = select(Todo).where(col(Todo.id) == todo_id, col(Todo.owner_id) == owner_id)
        return (await self.session.exec(stmt)).first()

    async def page_owned(self, owner_id: int, limit: int, offset: int) -> tuple[Sequence[Todo], int]:
        items_stmt = (
            select(Todo)
            .where(col(Todo.owner_id) == owner_id)
            .order_by(col(Todo.id))
            .limit(limit)
            .offset(offset)
        )
        count_stmt = select(func.count()).select_from(Todo).where(col(Todo.owner_id) == owner_id)
        items = (await self.session.exec(items_stmt)).all()
        total = (await self.session.exec(count_stmt)).one()
        return items, total
