"""Comment DTOs."""
from datetime import datetime

from pydantic import Field

from app.dto.base_dto import BaseDTO


class CommentCreateRequestDTO(BaseDTO):
    content: str = Field(..., min_length=1, max_length=5_000)


class CommentResponseDTO(BaseDTO):
    id: int
    post_id: int
    content: str
    author_id: int
    author_username: str
    created_at: datetime
