"""Wire formats. Kept separate from the domain so the API can evolve on its own."""
from datetime import datetime
from typing import Annotated, Generic, TypeVar

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

T = TypeVar("T")

Username = Annotated[
    str, StringConstraints(strip_whitespace=True, min_length=3, max_length=32, pattern=r"^[A-Za-z0-9_]+$")
]
Password = Annotated[str, StringConstraints(min_length=8, max_length=256)]
Title = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=200)]
Content = Annotated[str, StringConstraints(min_length=1, max_length=50_000)]
CommentBody = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=5_000)]


class Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class SignUp(Frozen):
    username: Username
    password: Password


class UserOut(Frozen):
    id: int
    username: str


class Token(Frozen):
    access_token: str
    token_type: str = "bearer"


class PostIn(Frozen):
    title: Title
    content: Content


class PostPatchIn(Frozen):
    title: Title | None = None
    content: Content | None = None


class PostOut(Frozen):
    model_config = ConfigDict(from_attributes=True)

    id: int
    author_id: int
    author: str
    title: str
    content: str
    created_at: datetime
    updated_at: datetime


class CommentIn(Frozen):
    body: CommentBody


class CommentOut(Frozen):
    model_config = ConfigDict(from_attributes=True)

    id: int
    post_id: int
    author_id: int
    author: str
    body: str
    created_at: datetime


class PageOut(Frozen, Generic[T]):
    model_config = ConfigDict(from_attributes=True)

    items: list[T]
    total: int = Field(description="number of records across all pages")
    limit: int
    offset: int


class ErrorOut(Frozen):
    detail: str
