from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel, ConfigDict, Field


class UserCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    username: str = Field(min_length=3, max_length=30, pattern=r"^[a-zA-Z0-9_]+$")
    password: str = Field(min_length=8, max_length=100)


class UserOut(BaseModel):
    username: str
    joined_at: datetime


class PostIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    title: str = Field(min_length=1, max_length=150)
    content: str = Field(min_length=1, max_length=10_000)


class PostPatch(BaseModel):
    model_config = ConfigDict(extra="forbid")

    title: str | None = Field(default=None, min_length=1, max_length=150)
    content: str | None = Field(default=None, min_length=1, max_length=10_000)


class PostOut(BaseModel):
    id: int
    author: str
    title: str
    content: str
    published_at: datetime


class PostList(BaseModel):
    posts: list[PostOut]
    total: int
    skip: int
    limit: int


class CommentIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    text: str = Field(min_length=1, max_length=1_000)


class CommentOut(BaseModel):
    id: int
    post_id: int
    author: str
    text: str
