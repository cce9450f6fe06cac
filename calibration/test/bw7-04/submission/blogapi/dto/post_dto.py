from datetime import datetime

from pydantic import Field

from blogapi.dto.base_dto import BaseDto, RequestDto
from blogapi.dto.user_dto import AuthorSummaryDto


class CreatePostRequestDto(RequestDto):
    title: str = Field(min_length=1, max_length=255)
    content: str = Field(min_length=1, max_length=50_000)


class UpdatePostRequestDto(RequestDto):
    title: str = Field(min_length=1, max_length=255)
    content: str = Field(min_length=1, max_length=50_000)


class PostResponseDto(BaseDto):
    id: int
    title: str
    content: str
    author: AuthorSummaryDto
    comment_count: int
    created_at: datetime
    updated_at: datetime
