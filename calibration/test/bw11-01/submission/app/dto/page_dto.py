from typing import Generic, TypeVar

from pydantic import BaseModel

T = TypeVar("T")


class PageDto(BaseModel, Generic[T]):
    """Mirrors Spring Data's Page<T>: the slice plus the paging parameters."""

    content: list[T]
    limit: int
    offset: int
    total_elements: int
