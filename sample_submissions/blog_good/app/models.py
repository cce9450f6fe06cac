"""Request and response schemas: everything that crosses the API goes through one of these."""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field


class StrictModel(BaseModel):
    """Unknown fields are client bugs: reject them instead of silently dropping them."""

    model_config = ConfigDict(extra="forbid")


class Credentials(StrictModel):
    username: str = Field(min_length=3, max_length=32, pattern=r"^[A-Za-z0-9_.-]+$")
    password: str = Field(min_length=8, max_length=128)


class UserOut(BaseModel):
    username: str


class Token(BaseModel):
    access_token: str
    token_type: Literal["bearer"] = "bearer"


class PostCreate(StrictModel):
    title: str = Field(min_length=1, max_length=200, examples=["Hello, world"])
    body: str = Field(min_length=1, max_length=20_000)


class PostUpdate(StrictModel):
    """Partial update: omitted fields keep their value."""

    title: str | None = Field(default=None, min_length=1, max_length=200)
    body: str | None = Field(default=None, min_length=1, max_length=20_000)


class PostOut(BaseModel):
    id: int
    author: str
    title: str
    body: str
    created_at: datetime
    updated_at: datetime


class PostPage(BaseModel):
    items: list[PostOut]
    total: int
    limit: int
    offset: int


class CommentCreate(StrictModel):
    body: str = Field(min_length=1, max_length=2_000)


class CommentOut(BaseModel):
    id: int
    post_id: int
    author: str
    body: str
    created_at: datetime


class CommentPage(BaseModel):
    items: list[CommentOut]
    total: int
    limit: int
    offset: int


class Health(BaseModel):
    status: Literal["ok"] = "ok"


class ErrorOut(BaseModel):
    detail: str
