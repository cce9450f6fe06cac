"""Strong params (requests) and JSON views (responses)."""

from datetime import datetime

from pydantic import BaseModel, Field

USERNAME_PATTERN = r"^[A-Za-z0-9_.-]+$"


class UserParams(BaseModel):
    username: str = Field(min_length=3, max_length=32, pattern=USERNAME_PATTERN)
    password: str = Field(min_length=8, max_length=128)


class SessionParams(BaseModel):
    username: str
    password: str


class PostParams(BaseModel):
    title: str = Field(min_length=1, max_length=200)
    content: str = Field(min_length=1, max_length=20000)


class PostUpdateParams(BaseModel):
    title: str | None = Field(default=None, min_length=1, max_length=200)
    content: str | None = Field(default=None, min_length=1, max_length=20000)


class CommentParams(BaseModel):
    body: str = Field(min_length=1, max_length=2000)


class UserOut(BaseModel):
    id: int
    username: str


class TokenOut(BaseModel):
    access_token: str
    token_type: str = "Token"


class PostOut(BaseModel):
    id: int
    title: str
    content: str
    author: str
    comments_count: int
    created_at: datetime
    updated_at: datetime


class CommentOut(BaseModel):
    id: int
    post_id: int
    body: str
    author: str
    created_at: datetime


class ErrorOut(BaseModel):
    detail: str
