from typing import Generic, TypeVar

from pydantic import BaseModel, Field

from blog_api.common.dto.base_dto import BaseDto

T = TypeVar("T")

DEFAULT_LIMIT = 20
MAX_LIMIT = 100


class PaginationQueryDto(BaseModel):
    limit: int = Field(DEFAULT_LIMIT, ge=1, le=MAX_LIMIT, description=f"Page size, 1..{MAX_LIMIT}")
    offset: int = Field(0, ge=0, description="Number of items to skip")


class PaginatedResponseDto(BaseDto, Generic[T]):
    items: list[T]
    total: int
    limit: int
    offset: int
