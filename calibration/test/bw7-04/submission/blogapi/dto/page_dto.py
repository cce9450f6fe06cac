from dataclasses import dataclass
from typing import Generic, TypeVar

from blogapi.dto.base_dto import BaseDto

T = TypeVar("T")


@dataclass(frozen=True)
class PageRequest:
    limit: int
    offset: int


class PageResponseDto(BaseDto, Generic[T]):
    content: list[T]
    total_elements: int
    limit: int
    offset: int
