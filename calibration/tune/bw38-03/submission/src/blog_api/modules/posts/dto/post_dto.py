from datetime import datetime

from pydantic import BaseModel, Field

from blog_api.common.dto.base_dto import BaseDto
from blog_api.modules.users.dto.user_response_dto import AuthorDto


class CreatePostDto(BaseModel):
    title: str = Field(min_length=1, max_length=200)
    content: str = Field(min_length=1, max_length=50_000)


class UpdatePostDto(BaseModel):
    """PATCH semantics: only the fields that are sent get updated."""

    title: str | None = Field(default=None, min_length=1, max_length=200)
    content: str | None = Field(default=None, min_length=1, max_length=50_000)


class PostResponseDto(BaseDto):
    id: int
    title: str
    content: str
    author: AuthorDto
    created_at: datetime
    updated_at: datetime | None
