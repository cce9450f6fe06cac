"""Post DTOs."""
from datetime import datetime

from pydantic import Field

from app.dto.base_dto import BaseDTO


class PostCreateRequestDTO(BaseDTO):
    title: str = Field(..., min_length=1, max_length=200)
    content: str = Field(..., min_length=1, max_length=50_000)


class PostUpdateRequestDTO(BaseDTO):
    title: str | None = Field(default=None, min_length=1, max_length=200)
    content: str | None = Field(default=None, min_length=1, max_length=50_000)


class PostResponseDTO(BaseDTO):
    id: int
    title: str
    content: str
    author_id: int
    author_username: str
    comment_count: int
    created_at: datetime
    updated_at: datetime
