from __future__ import annotations

from pydantic import BaseModel, Field


class Credentials(BaseModel):
    username: str = Field(min_length=3, max_length=32, pattern=r"^[A-Za-z0-9_.-]+$")
    password: str = Field(min_length=8, max_length=128)


class UserOut(BaseModel):
    id: int
    username: str


class KeyOut(BaseModel):
    access_token: str
    token_type: str = "api-key"


class PostIn(BaseModel):
    title: str = Field(min_length=1, max_length=200)
    content: str = Field(min_length=1, max_length=20_000)


class PostOut(PostIn):
    id: int
    author: str
    created_at: int = Field(description="Unix epoch, milliseconds")


class CommentIn(BaseModel):
    body: str = Field(min_length=1, max_length=2000)


class CommentOut(CommentIn):
    id: int
    post_id: int
    author: str
    created_at: int = Field(description="Unix epoch, milliseconds")


class ErrorOut(BaseModel):
    detail: str
