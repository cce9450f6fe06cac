from datetime import datetime

from pydantic import BaseModel, Field


class UserIn(BaseModel):
    username: str = Field(min_length=3, max_length=32)
    password: str = Field(min_length=6, max_length=128)


class UserOut(BaseModel):
    id: int
    username: str


class TokenOut(BaseModel):
    access_token: str
    token_type: str = "bearer"


class PostIn(BaseModel):
    title: str = Field(min_length=1, max_length=200)
    content: str = Field(min_length=1)


class PostOut(BaseModel):
    id: int
    author_id: int
    author: str
    title: str
    content: str
    created_at: datetime
    updated_at: datetime | None = None
    comment_count: int = 0


class CommentIn(BaseModel):
    body: str = Field(min_length=1, max_length=5000)


class CommentOut(BaseModel):
    id: int
    post_id: int
    author_id: int
    body: str
    created_at: datetime
