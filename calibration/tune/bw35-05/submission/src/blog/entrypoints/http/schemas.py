"""HTTP contract. These pydantic models live at the edge; the core never sees them."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Generic, TypeVar
from uuid import UUID

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, StringConstraints, model_validator

T = TypeVar("T")


def _bcrypt_limit(password: str) -> str:
    # bcrypt only looks at the first 72 bytes and newer versions refuse longer input
    if len(password.encode()) > 72:
        raise ValueError("password must be at most 72 bytes when UTF-8 encoded")
    return password


Username = Annotated[str, StringConstraints(min_length=3, max_length=32, pattern=r"^[A-Za-z0-9_.-]+$")]
Password = Annotated[str, StringConstraints(min_length=8), AfterValidator(_bcrypt_limit)]
Title = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=200)]
Content = Annotated[str, StringConstraints(min_length=1, max_length=50_000)]
CommentText = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=5_000)]


class _In(BaseModel):
    model_config = ConfigDict(extra="forbid")


class SignUpIn(_In):
    username: Username
    password: Password


class UserOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: UUID
    username: str
    created_at: datetime


class TokenOut(BaseModel):
    access_token: str
    token_type: str = "bearer"


class PostIn(_In):
    title: Title
    content: Content


class PostPatch(_In):
    title: Title | None = None
    content: Content | None = None

    @model_validator(mode="after")
    def _at_least_one(self) -> PostPatch:
        if self.title is None and self.content is None:
            raise ValueError("provide title and/or content")
        return self


class PostOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: UUID
    title: str
    content: str
    author_id: UUID
    author_username: str
    created_at: datetime
    updated_at: datetime | None


class CommentIn(_In):
    content: CommentText


class CommentOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: UUID
    post_id: UUID
    author_id: UUID
    author_username: str
    content: str
    created_at: datetime


class PageOut(BaseModel, Generic[T]):
    model_config = ConfigDict(from_attributes=True)

    items: list[T]
    total: int = Field(description="Total number of items across all pages")
    limit: int
    offset: int


class ErrorOut(BaseModel):
    detail: str
