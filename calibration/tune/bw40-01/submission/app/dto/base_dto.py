"""Common DTO base classes."""
from typing import Generic, TypeVar

from pydantic import BaseModel, ConfigDict
from pydantic.alias_generators import to_camel

T = TypeVar("T")


class BaseDTO(BaseModel):
    """All DTOs are serialized with camelCase property names, like Jackson does."""

    model_config = ConfigDict(
        alias_generator=to_camel,
        populate_by_name=True,
        from_attributes=True,
    )


class PageResponseDTO(BaseDTO, Generic[T]):
    content: list[T]
    limit: int
    offset: int
    total_elements: int


class ErrorResponseDTO(BaseDTO):
    timestamp: str
    status: int
    error: str
    message: str
    path: str
