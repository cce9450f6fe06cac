from datetime import datetime

from pydantic import BaseModel, Field

from blog_api.common.dto.base_dto import BaseDto
from blog_api.modules.users.dto.user_response_dto import AuthorDto


class CreateCommentDto(BaseModel):
    content: str = Field(min_length=1, max_length=5_000)


class CommentResponseDto(BaseDto):
    id: int
    post_id: int
    content: str
    author: AuthorDto
    created_at: datetime
