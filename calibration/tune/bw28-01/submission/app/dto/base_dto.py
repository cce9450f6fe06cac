from typing import Generic, TypeVar

from pydantic import BaseModel, ConfigDict
from pydantic.alias_generators import to_camel

T = TypeVar("T")


class BaseDTO(BaseModel):
    """All DTOs serialise as camelCase, like our Jackson-based services."""

    model_config = ConfigDict(alias_generator=to_camel, populate_by_name=True, from_attributes=True)


class PageRequestDTO(BaseDTO):
    limit: int
    offset: int


class PageResponseDTO(BaseDTO, Generic[T]):
    content: list[T]
    total_elements: int
    limit: int
    offset: int


class ErrorResponseDTO(BaseDTO):
    status: int
    error: str
    message: str
