"""Abstract repository interfaces (Repository pattern)."""
from abc import ABC, abstractmethod
from typing import Generic, TypeVar

T = TypeVar("T")


class AbstractRepository(ABC, Generic[T]):
    @abstractmethod
    def add(self, entity: T) -> T: ...

    @abstractmethod
    def get_by_id(self, entity_id: int) -> T | None: ...

    @abstractmethod
    def delete(self, entity: T) -> None: ...
