from abc import ABC
from typing import Generic, TypeVar

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from blogapi.config.database import BaseEntity

E = TypeVar("E", bound=BaseEntity)


class CrudRepository(ABC, Generic[E]):
    """Generic repository, modelled on Spring Data's CrudRepository."""

    entity_class: type[E]

    def __init__(self, session: Session) -> None:
        self._session = session

    def find_by_id(self, entity_id: int) -> E | None:
        return self._session.get(self.entity_class, entity_id)

    def find_all(self, offset: int, limit: int) -> list[E]:
        stmt = select(self.entity_class).order_by(self.entity_class.id).offset(offset).limit(limit)  # type: ignore[attr-defined]
        return list(self._session.scalars(stmt).all())

    def count(self) -> int:
        return self._session.scalar(select(func.count()).select_from(self.entity_class)) or 0

    def exists_by_id(self, entity_id: int) -> bool:
        return self.find_by_id(entity_id) is not None

    def save(self, entity: E) -> E:
        self._session.add(entity)
        self._session.commit()
        self._session.refresh(entity)
        return entity

    def delete(self, entity: E) -> None:
        self._session.delete(entity)
        self._session.commit()
