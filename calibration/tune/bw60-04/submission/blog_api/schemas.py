from datetime import datetime
from typing import Annotated, Generic, TypeVar

from pydantic import BaseModel, Field, StringConstraints

Title = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=200)]
Content = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=20_000)]
CommentBody = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=2_000)]

ItemT = TypeVar("ItemT")


class ErrorOut(BaseModel):
    detail: str


class SignupIn(BaseModel):
    username: str = Field(min_length=3, max_length=40, pattern=r"^[A-Za-z0-9_]+$")
    password: str = Field(min_length=8, max_length=72)


class UserOut(BaseModel):
    id: int
    username: str
    created_at: datetime


class TokenOut(BaseModel):
    access_token: str
    token_type: str = "bearer"


class PostIn(BaseModel):
    title: Title
    content: Content


class PostPatch(BaseModel):
    title: Title | None = None
    content: Content | None = None


class PostOut(BaseModel):
    id: int
    title: str
    content: str
    author_id: int
    author: str
    created_at: datetime
    updated_at: datetime | None


class CommentIn(BaseModel):
    body: CommentBody


class CommentOut(BaseModel):
    id: int
    post_id: int
    author_id: int
    author: str
    body: str
    created_at: datetime


class Page(BaseModel, Generic[ItemT]):
    items: list[ItemT]
    total: int
    limit: int
    offset: int
