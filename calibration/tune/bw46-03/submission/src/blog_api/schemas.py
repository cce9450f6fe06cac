from datetime import UTC, datetime
from typing import Annotated, Generic, Literal, Self, TypeVar

from fastapi import Path, Query
from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    StringConstraints,
    model_validator,
)

T = TypeVar("T")

MAX_PAGE_SIZE = 100
DEFAULT_PAGE_SIZE = 20
SQL_INT_MAX = 2**63 - 1

Username = Annotated[
    str, StringConstraints(min_length=3, max_length=32, pattern=r"^[A-Za-z0-9_]+$")
]
Password = Annotated[str, Field(min_length=8, max_length=128)]
Title = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=200)]
Body = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=20_000)]
CommentBody = Annotated[
    str, StringConstraints(strip_whitespace=True, min_length=1, max_length=2_000)
]



def _as_utc(value: datetime) -> datetime:
    # Everything is stored in UTC, but SQLite hands datetimes back naive.
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


UTCDateTime = Annotated[datetime, AfterValidator(_as_utc)]

PostId = Annotated[int, Path(ge=1, le=SQL_INT_MAX, description="Post id")]
Limit = Annotated[int, Query(ge=1, le=MAX_PAGE_SIZE, description="Page size")]
Offset = Annotated[int, Query(ge=0, le=SQL_INT_MAX, description="Items to skip")]


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class ORM(BaseModel):
    model_config = ConfigDict(from_attributes=True)


class ErrorOut(BaseModel):
    detail: str


class UserCreate(Strict):
    username: Username
    password: Password


class UserOut(ORM):
    id: int
    username: str
    created_at: UTCDateTime


class Author(ORM):
    id: int
    username: str


class Token(BaseModel):
    access_token: str
    token_type: Literal["bearer"] = "bearer"
    expires_in: int = Field(description="Lifetime in seconds")


class PostCreate(Strict):
    title: Title
    content: Body


class PostUpdate(Strict):
    """Partial update: send at least one field; neither may be null."""

    title: Title | None = None
    content: Body | None = None

    @model_validator(mode="after")
    def _non_empty_and_not_null(self) -> Self:
        if not self.model_fields_set:
            raise ValueError("provide at least one of: title, content")
        for name in self.model_fields_set:
            if getattr(self, name) is None:
                raise ValueError(f"{name} may not be null")
        return self


class PostOut(ORM):
    id: int
    title: str
    content: str
    author: Author
    created_at: UTCDateTime
    updated_at: UTCDateTime


class CommentCreate(Strict):
    content: CommentBody


class CommentOut(ORM):
    id: int
    post_id: int
    content: str
    author: Author
    created_at: UTCDateTime


class Page(BaseModel, Generic[T]):
    items: list[T]
    total: int
    limit: int
    offset: int
