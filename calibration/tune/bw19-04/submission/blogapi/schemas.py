"""Request and response bodies."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Generic, Self, TypeVar

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, model_validator

T = TypeVar("T")

Username = Annotated[
    str,
    StringConstraints(
        strip_whitespace=True, min_length=3, max_length=32, pattern=r"^[A-Za-z0-9_.-]+$"
    ),
]
Password = Annotated[str, Field(min_length=8, max_length=128)]
Title = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=200)]
PostContent = Annotated[str, StringConstraints(min_length=1, max_length=50_000)]
CommentContent = Annotated[
    str, StringConstraints(strip_whitespace=True, min_length=1, max_length=5_000)
]


class _Out(BaseModel):
    model_config = ConfigDict(from_attributes=True)


# --------------------------------------------------------------------------- users


class UserCreate(BaseModel):
    username: Username
    password: Password

    model_config = ConfigDict(
        json_schema_extra={"examples": [{"username": "ada", "password": "correct horse battery"}]}
    )


class UserRead(_Out):
    id: int
    username: str
    created_at: datetime


class Author(_Out):
    id: int
    username: str


class Token(BaseModel):
    access_token: str
    token_type: str = "bearer"  # noqa: S105 (not a secret)
    expires_in: int = Field(description="Lifetime of the token in seconds")


# --------------------------------------------------------------------------- posts


class PostCreate(BaseModel):
    title: Title
    content: PostContent


class PostUpdate(BaseModel):
    """Partial update: send only the fields to change."""

    title: Title | None = None
    content: PostContent | None = None

    @model_validator(mode="after")
    def _at_least_one_non_null_field(self) -> Self:
        if not self.model_fields_set:
            raise ValueError("provide at least one of 'title' or 'content'")
        for name in self.model_fields_set:
            if getattr(self, name) is None:
                raise ValueError(f"'{name}' cannot be null")
        return self


class PostRead(_Out):
    id: int
    title: str
    content: str
    author: Author
    created_at: datetime
    updated_at: datetime | None


# --------------------------------------------------------------------------- comments


class CommentCreate(BaseModel):
    content: CommentContent


class CommentRead(_Out):
    id: int
    post_id: int
    content: str
    author: Author
    created_at: datetime


# --------------------------------------------------------------------------- pagination


class Page(BaseModel, Generic[T]):
    items: list[T]
    total: int = Field(description="Total number of items, across all pages")
    limit: int
    offset: int
