"""Manager base class: a thin, typed layer over a Session per model,
roughly what ``Model.objects`` gives you in Django."""
from typing import Any, ClassVar, Generic, TypeVar

from fastapi import HTTPException, status
from sqlalchemy.orm import Session

from core.db import Base

ModelT = TypeVar("ModelT", bound=Base)


class BaseManager(Generic[ModelT]):
    model: ClassVar[type[Any]]

    def __init__(self, session: Session) -> None:
        self.session = session

    def get(self, pk: int) -> ModelT | None:
        return self.session.get(self.model, pk)

    def get_or_404(self, pk: int) -> ModelT:
        obj = self.get(pk)
        if obj is None:
            raise HTTPException(status.HTTP_404_NOT_FOUND, f"{self.model.__name__} not found.")
        return obj

    def save(self, obj: ModelT) -> ModelT:
        self.session.add(obj)
        self.session.commit()
        self.session.refresh(obj)
        return obj

    def delete(self, obj: ModelT) -> None:
        self.session.delete(obj)
        self.session.commit()
