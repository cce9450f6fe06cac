from datetime import datetime

from pydantic import BaseModel, Field


class PostIn(BaseModel):
    title: str = Field(min_length=1, max_length=200)
    content: str = Field(min_length=1)


class PostUpdate(BaseModel):
    title: str | None = Field(default=None, min_length=1, max_length=200)
    content: str | None = None


class AuthorOut(BaseModel):
    id: int
    username: str


class PostOut(BaseModel):
    id: int
    title: str
    content: str
    author: AuthorOut
    comment_count: int
    created_at: datetime
    updated_at: datetime


class CommentIn(BaseModel):
    body: str = Field(min_length=1, max_length=2000)


class CommentOut(BaseModel):
    id: int
    post_id: int
    author: AuthorOut
    body: str
    created_at: datetime
