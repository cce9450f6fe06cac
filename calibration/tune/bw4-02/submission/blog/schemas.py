from datetime import datetime
from typing import Annotated, Generic, TypeVar

from pydantic import BaseModel, Field, StringConstraints

Username = Annotated[
    str, StringConstraints(strip_whitespace=True, min_length=3, max_length=32, pattern=r"^[A-Za-z0-9_]+$")
]
Title = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=200)]
Body = Annotated[str, StringConstraints(min_length=1, max_length=20_000)]
CommentBody = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=2_000)]


class UserCreate(BaseModel):
    username: Username
    password: str = Field(min_length=8, max_length=128)


class UserOut(BaseModel):
    id: int
    username: str
    created_at: datetime


class TokenOut(BaseModel):
    access_token: str
    token_type: str = "bearer"


class PostCreate(BaseModel):
    title: Title
    content: Body


class PostUpdate(BaseModel):
    title: Title | None = None
    content: Body | None = None


class PostOut(BaseModel):
    id: int
    title: str
    content: str
    author_id: int
    author: str
    created_at: datetime
    updated_at: datetime


class CommentCreate(BaseModel):
    content: CommentBody


class CommentOut(BaseModel):
    id: int
    post_id: int
    author_id: int
    author: str
    content: str
    created_at: datetime


T = TypeVar("T")


class Page(BaseModel, Generic[T]):
    items: list[T]
    total: int
    limit: int
    offset: int


class ErrorOut(BaseModel):
    detail: str
