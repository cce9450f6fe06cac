from datetime import datetime
from typing import Annotated, Generic, Literal, Self, TypeVar

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, model_validator

from .models import TITLE_MAX, USERNAME_MAX

T = TypeVar("T")

Username = Annotated[
    str,
    StringConstraints(min_length=3, max_length=USERNAME_MAX, pattern=r"^[A-Za-z0-9_.-]+$"),
]
Password = Annotated[str, StringConstraints(min_length=8, max_length=128)]
Title = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=TITLE_MAX)]
PostContent = Annotated[
    str, StringConstraints(strip_whitespace=True, min_length=1, max_length=50_000)
]
CommentBody = Annotated[
    str, StringConstraints(strip_whitespace=True, min_length=1, max_length=5_000)
]


class _In(BaseModel):
    model_config = ConfigDict(extra="forbid")


class _Out(BaseModel):
    model_config = ConfigDict(from_attributes=True)


class ErrorResponse(BaseModel):
    detail: str


# --- accounts ---------------------------------------------------------------


class UserCreate(_In):
    username: Username
    password: Password


class UserRead(_Out):
    id: int
    username: str
    created_at: datetime


class Author(_Out):
    id: int
    username: str


class Token(BaseModel):
    access_token: str
    token_type: Literal["bearer"] = "bearer"


# --- posts ------------------------------------------------------------------


class PostCreate(_In):
    title: Title
    content: PostContent


class PostUpdate(_In):
    """Partial update. Omitted fields are kept; ``null`` is not a valid value."""

    title: Title | None = None
    content: PostContent | None = None

    @model_validator(mode="after")
    def _non_empty_and_non_null(self) -> Self:
        if not self.model_fields_set:
            raise ValueError("at least one of 'title' or 'content' is required")
        for name in self.model_fields_set:
            if getattr(self, name) is None:
                raise ValueError(f"'{name}' may be omitted but not null")
        return self


class PostRead(_Out):
    id: int
    title: str
    content: str
    author: Author
    created_at: datetime
    updated_at: datetime | None


# --- comments ---------------------------------------------------------------


class CommentCreate(_In):
    content: CommentBody


class CommentRead(_Out):
    id: int
    post_id: int
    content: str
    author: Author
    created_at: datetime


# --- pagination -------------------------------------------------------------


class Page(BaseModel, Generic[T]):
    items: list[T]
    total: int = Field(ge=0)
    limit: int
    offset: int
