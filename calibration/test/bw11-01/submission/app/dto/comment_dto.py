from datetime import datetime

from pydantic import BaseModel, Field


class CommentRequestDto(BaseModel):
    body: str = Field(min_length=1, max_length=2000)


class CommentResponseDto(BaseModel):
    id: int
    post_id: int
    body: str
    author: str
    created_at: datetime
