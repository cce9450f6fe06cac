from datetime import datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

class Input(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)


class Credentials(Input):
    username: str = Field(min_length=3, max_length=32, pattern=r"^[A-Za-z0-9_]+$")
    password: str = Field(min_length=8, max_length=256)


class UserOut(BaseModel):
    id: int
    username: str
    created_at: datetime


class TokenOut(BaseModel):
    access_token: str
    token_type: Literal["bearer"] = "bearer"
    expires_at: datetime


class PostIn(Input):
    title: str = Field(min_length=1, max_length=200)
    content: str = Field(min_length=1, max_length=100_000)


class PostPatch(Input):
    title: str | None = Field(default=None, min_length=1, max_length=200)
    content: str | None = Field(default=None, min_length=1, max_length=100_000)


class PostOut(BaseModel):
    id: int
    author_id: int
    author: str
    title: str
    content: str
    comment_count: int
    created_at: datetime
    updated_at: datetime


class PostPage(BaseModel):
    items: list[PostOut]
    total: int
    limit: int
    offset: int


class CommentIn(Input):
    body: str = Field(min_length=1, max_length=10_000)


class CommentOut(BaseModel):
    id: int
    post_id: int
    author_id: int
    author: str
    body: str
    created_at: datetime


class CommentPage(BaseModel):
    items: list[CommentOut]
    total: int
    limit: int
    offset: int


class ErrorOut(BaseModel):
    detail: str
