from typing import Any, Generic, Optional, Sequence, Type, TypeVar

from sqlmodel import SQLModel, select
from sqlmodel.ext.asyncio.session import AsyncSession

T = TypeVar("T", bound=SQLModel)


class CrudRepository(Generic[T]):
    """Generic repository, one per table model (think Slick's TableQuery)."""

    def __init__(self, model: Type[T], session: AsyncSession) -> None:
        self.model = model
        self.session = session

    async def get(self, id: int) -> Optional[T]:
        return await self.session.get(self.model, id)

    async def all(self) -> Sequence[T]:
        result = await self.session.exec(select(self.model))
        return result.all()

    async def filter_by(self, **criteria: Any) -> Sequence[T]:
        result = await self.session.exec(select(self.model).filter_by(**criteria))
        return result.all()

    async def first_by(self, **criteria: Any) -> Optional[T]:
        result = await self.session.exec(select(self.model).filter_by(**criteria))
        return result.first()

    async def add(self, obj: T) -> T:
        self.session.add(obj)
        await self.session.commit()
        await self.session.refresh(obj)
        return obj

    async def delete(self, obj: T) -> None:
        await self.session.delete(obj)
        await self.session.commit()
