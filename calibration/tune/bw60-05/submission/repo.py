from typing import Generic, Type, TypeVar

from sqlalchemy import text
from sqlmodel import SQLModel, select

T = TypeVar("T", bound=SQLModel)


class Repo(Generic[T]):
    """One generic repo for every table, so the routes never touch SQLAlchemy directly."""

    def __init__(self, model: Type[T], session):
        self.model = model
        self.session = session

    async def get(self, id):
        return await self.session.get(self.model, id)

    async def find(self, **filters):
        stmt = select(self.model)
        for key, value in filters.items():
            stmt = stmt.where(getattr(self.model, key) == value)
        result = await self.session.exec(stmt)
        return result.all()

    async def create(self, **fields):
        obj = self.model(**fields)
        self.session.add(obj)
        await self.session.commit()
        await self.session.refresh(obj)
        return obj

    async def update(self, obj, **fields):
        for key, value in fields.items():
            setattr(obj, key, value)
        self.session.add(obj)
        await self.session.commit()
        await self.session.refresh(obj)
        return obj

    async def delete(self, obj):
        await self.session.delete(obj)
        await self.session.commit()

    async def raw(self, sql):
        result = await self.session.execute(text(sql))
        return [dict(row._mapping) for row in result]
