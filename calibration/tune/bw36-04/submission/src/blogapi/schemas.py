from __future__ import annotations

from datetime import datetime
from typing import Generic, TypeVar

from pydantic import BaseModel, ConfigDict, Field, field_validator

T = TypeVar("T")

_IN = ConfigDict(extra="forbid", str_strip_whitespace=True)


class SignupIn(BaseModel):
    model_config = _IN

    username: str = Field(min_length=3, max_length=32, pattern=r"^[a-zA-Z0-9_]+$")
    password: str = Field(min_length=12, max_length=128)


class UserOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    username: str


class TokenOut(BaseModel):
    access_token: str
    token_type: str = "bearer"
    expires_in: int


class PostIn(BaseModel):
    model_config = _IN

    title: str = Field(min_length=1, max_length=200)
    content: str = Field(min_length=1, max_length=50_000)


class PostPatch(BaseModel):
    model_config = _IN

    title: str | None = Field(default=None, min_length=1, max_length=200)
    content: str | None = Field(default=None, min_length=1, max_length=50_000)

    @field_validator("title", "content")
    @classmethod
    def _no_null(cls, v: str | None) -> str:
        if v is None:
            raise ValueError("may be omitted but not null")
        return v


class PostOut(BaseModel):
    id: int
    title: str
    content: str
    author: UserOut
    created_at: datetime
    updated_at: datetime


class CommentIn(BaseModel):
    model_config = _IN

    body: str = Field(min_length=1, max_length=5_000)


class CommentOut(BaseModel):
    id: int
    post_id: int
    body: str
    author: UserOut
    created_at: datetime


class Page(BaseModel, Generic[T]):
    items: list[T]
    total: int
    limit: int
    offset: int
