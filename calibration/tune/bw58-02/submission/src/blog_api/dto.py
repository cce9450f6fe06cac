from datetime import datetime

from pydantic import BaseModel, ConfigDict, Field


class SignupRequestDto(BaseModel):
    username: str = Field(min_length=3, max_length=50)
    password: str = Field(min_length=8, max_length=72)


class UserResponseDto(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    username: str
    created_at: datetime


class TokenResponseDto(BaseModel):
    access_token: str
    token_type: str = "bearer"


class PostRequestDto(BaseModel):
    title: str = Field(min_length=1, max_length=200)
    content: str = Field(min_length=1)


class PostUpdateRequestDto(BaseModel):
    title: str | None = Field(default=None, min_length=1, max_length=200)
    content: str | None = Field(default=None, min_length=1)


class PostResponseDto(BaseModel):
    id: int
    title: str
    content: str
    author_id: int
    author_username: str
    comment_count: int
    created_at: datetime
    updated_at: datetime


class CommentRequestDto(BaseModel):
    content: str = Field(min_length=1, max_length=2000)


class CommentResponseDto(BaseModel):
    id: int
    post_id: int
    author_id: int
    author_username: str
    content: str
    created_at: datetime


class ErrorResponseDto(BaseModel):
    status: int
    error: str
    message: str
