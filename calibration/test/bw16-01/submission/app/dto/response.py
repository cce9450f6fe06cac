from datetime import datetime
from typing import Generic, TypeVar

from pydantic import BaseModel

T = TypeVar("T")


class UserResponseDto(BaseModel):
    id: int
    username: str
    created_at: datetime


class TokenResponseDto(BaseModel):
    access_token: str
    token_type: str = "bearer"
    expires_in: int


class PostResponseDto(BaseModel):
    id: int
    title: str
    content: str
    author_id: int
    author_username: str
    comment_count: int
    created_at: datetime
    updated_at: datetime | None


class CommentResponseDto(BaseModel):
    id: int
    post_id: int
    content: str
    author_id: int
    author_username: str
    created_at: datetime


class PageResponseDto(BaseModel, Generic[T]):
    items: list[T]
    total: int
    limit: int
    offset: int


class ErrorResponseDto(BaseModel):
    status: int
    error: str
    message: str
    path: str
