from datetime import datetime
from typing import Annotated, Generic, TypeVar

from fastapi import Path, Query
from pydantic import BaseModel, ConfigDict, Field, StringConstraints

T = TypeVar("T")

SQLITE_INT_MAX = 2**63 - 1

Limit = Annotated[int, Query(ge=1, le=100, description="Page size (1-100)")]
Offset = Annotated[int, Query(ge=0, le=SQLITE_INT_MAX, description="Items to skip")]
PostId = Annotated[int, Path(ge=1, le=SQLITE_INT_MAX)]

Username = Annotated[
    str, StringConstraints(strip_whitespace=True, min_length=3, max_length=32, pattern=r"^[\w.-]+$")
]
Title = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=200)]
Content = Annotated[str, StringConstraints(min_length=1, max_length=50_000)]
CommentBody = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=5_000)]


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class SignupIn(Strict):
    username: Username
    password: str = Field(min_length=10, max_length=256)


class UserOut(BaseModel):
    id: int
    username: str
    created_at: datetime


class TokenOut(BaseModel):
    access_token: str
    token_type: str = "bearer"
    expires_in: int


class PostIn(Strict):
    title: Title
    content: Content


class PostPatch(Strict):
    title: Title | None = None
    content: Content | None = None


class Author(BaseModel):
    id: int
    username: str


class PostOut(BaseModel):
    id: int
    title: str
    content: str
    author: Author
    comment_count: int
    created_at: datetime
    updated_at: datetime


class CommentIn(Strict):
    body: CommentBody


class CommentOut(BaseModel):
    id: int
    post_id: int
    author: Author
    body: str
    created_at: datetime


class Page(BaseModel, Generic[T]):
    items: list[T]
    total: int
    limit: int
    offset: int


class Problem(BaseModel):
    detail: str
