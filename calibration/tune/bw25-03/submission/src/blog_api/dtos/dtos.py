from datetime import datetime
from typing import Generic, TypeVar

from pydantic import BaseModel, ConfigDict, Field

T = TypeVar("T")


class RegisterUserRequest(BaseModel):
    username: str = Field(min_length=3, max_length=50, pattern=r"^[a-zA-Z0-9_]+$")
    password: str = Field(min_length=8, max_length=72)


class UserDto(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    username: str = Field(validation_alias="user_name")


class TokenResponse(BaseModel):
    access_token: str
    token_type: str = "bearer"


class CreatePostRequest(BaseModel):
    title: str = Field(min_length=1, max_length=200)
    content: str = Field(min_length=1)


class UpdatePostRequest(BaseModel):
    title: str | None = Field(default=None, min_length=1, max_length=200)
    content: str | None = Field(default=None, min_length=1)


class PostDto(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    title: str
    content: str
    author: UserDto
    created_at: datetime
    updated_at: datetime


class CreateCommentRequest(BaseModel):
    content: str = Field(min_length=1, max_length=2000)


class CommentDto(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    post_id: int
    content: str
    author: UserDto
    created_at: datetime


class PagedResult(BaseModel, Generic[T]):
    items: list[T]
    total_count: int
    limit: int
    offset: int


class ProblemDetails(BaseModel):
    detail: str
