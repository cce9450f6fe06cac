from typing import Generic, TypeVar

from pydantic import BaseModel

T = TypeVar("T")


class PageDTO(BaseModel, Generic[T]):
    """A page of results, in the spirit of Spring Data's Page<T>."""

    items: list[T]
    total: int
    limit: int
    offset: int


class ErrorDTO(BaseModel):
    detail: str
