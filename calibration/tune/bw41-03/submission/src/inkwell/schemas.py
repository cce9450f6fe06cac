"""Request and response models.

Request models forbid unknown fields so that typos (``"tittle"``) are reported with a
422 instead of being silently ignored.
"""

from datetime import datetime
from typing import Annotated, Generic, Literal, TypeVar

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, field_validator

T = TypeVar("T")

Username = Annotated[
    str,
    StringConstraints(min_length=3, max_length=32, pattern=r"^[A-Za-z0-9_.-]+$"),
]
Password = Annotated[str, StringConstraints(min_length=8, max_length=256)]
Title = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=200)]
Content = Annotated[str, StringConstraints(min_length=1, max_length=50_000)]
CommentBody = Annotated[
    str, StringConstraints(strip_whitespace=True, min_length=1, max_length=5_000)
]


class RequestModel(BaseModel):
    model_config = ConfigDict(extra="forbid")


# -- accounts ------------------------------------------------------------------------


class UserCreate(RequestModel):
    username: Username = Field(examples=["ada"])
    password: Password = Field(examples=["correct horse battery staple"])


class UserRead(BaseModel):
    id: int
    username: str
    created_at: datetime


class Token(BaseModel):
    access_token: str
    token_type: Literal["bearer"] = "bearer"


# -- posts ---------------------------------------------------------------------------


class Author(BaseModel):
    id: int
    username: str


class PostCreate(RequestModel):
    title: Title
    content: Content


class PostUpdate(RequestModel):
    """Partial update: omitted fields are left unchanged; ``null`` is rejected."""

    title: Title | None = None
    content: Content | None = None

    @field_validator("title", "content", mode="before")
    @classmethod
    def _reject_null(cls, value: object) -> object:
        if value is None:
            raise ValueError("may be omitted but not null")
        return value


class PostRead(BaseModel):
    id: int
    title: str
    content: str
    author: Author
    created_at: datetime
    updated_at: datetime


# -- comments ------------------------------------------------------------------------


class CommentCreate(RequestModel):
    body: CommentBody


class CommentRead(BaseModel):
    id: int
    post_id: int
    body: str
    author: Author
    created_at: datetime


# -- shared --------------------------------------------------------------------------


class Page(BaseModel, Generic[T]):
    """One page of a paginated collection."""

    items: list[T]
    total: int = Field(description="Number of items in the whole collection.")
    limit: int
    offset: int


class ErrorResponse(BaseModel):
    detail: str
