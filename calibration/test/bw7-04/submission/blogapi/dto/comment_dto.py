from datetime import datetime

from pydantic import Field

from blogapi.dto.base_dto import BaseDto, RequestDto
from blogapi.dto.user_dto import AuthorSummaryDto


class CreateCommentRequestDto(RequestDto):
    content: str = Field(min_length=1, max_length=5_000)


class CommentResponseDto(BaseDto):
    id: int
    post_id: int
    content: str
    author: AuthorSummaryDto
    created_at: datetime
