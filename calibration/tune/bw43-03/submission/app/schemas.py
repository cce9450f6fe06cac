from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel, ConfigDict, Field, field_validator


class StrictIn(BaseModel):
    """Base for request bodies: unknown fields are an error, not silently dropped."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)


class UserCreate(StrictIn):
    username: str = Field(pattern=r"^[a-z0-9_]{3,32}$", description="lowercase, digits, underscore")
    password: str = Field(min_length=12, max_length=256)


class UserOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    username: str
    created_at: datetime


class Token(BaseModel):
    access_token: str
    token_type: str = "bearer"
    expires_in: int


class PostIn(StrictIn):
    title: str = Field(min_length=1, max_length=200)
    content: str = Field(min_length=1, max_length=20_000)


class PostUpdate(StrictIn):
    title: str | None = Field(default=None, min_length=1, max_length=200)
    content: str | None = Field(default=None, min_length=1, max_length=20_000)

    @field_validator("title", "content")
    @classmethod
    def no_null(cls, v: str | None) -> str:
        if v is None:
            raise ValueError("may be omitted, not null")
        return v


class PostOut(BaseModel):
    id: int
    title: str
    content: str
    author: str
    created_at: datetime
    updated_at: datetime


class CommentIn(StrictIn):
    content: str = Field(min_length=1, max_length=5_000)


class CommentOut(BaseModel):
    id: int
    post_id: int
    author: str
    content: str
    created_at: datetime


class ErrorOut(BaseModel):
    detail: str
