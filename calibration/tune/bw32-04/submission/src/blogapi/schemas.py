"""Request and response bodies."""

from datetime import datetime
from typing import Annotated, Generic, Self, TypeVar

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, model_validator

Username = Annotated[
    str, StringConstraints(strip_whitespace=True, min_length=3, max_length=32, pattern=r"^[A-Za-z0-9_.-]+$")
]
Password = Annotated[str, StringConstraints(min_length=12, max_length=128)]
Title = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=200)]
Content = Annotated[str, StringConstraints(min_length=1, max_length=50_000)]
CommentBody = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=5_000)]


class StrictModel(BaseModel):
    """Inputs: unknown fields are an error, not silently dropped."""

    model_config = ConfigDict(extra="forbid")


class ORMModel(BaseModel):
    model_config = ConfigDict(from_attributes=True)


# ---- auth -------------------------------------------------------------------

class UserCreate(StrictModel):
    username: Username
    password: Password


class UserOut(ORMModel):
    id: int
    username: str
    created_at: datetime


class Token(BaseModel):
    access_token: str
    token_type: str = "bearer"
    expires_in: int = Field(description="Lifetime of the token in seconds")


# ---- posts ------------------------------------------------------------------

class Author(ORMModel):
    id: int
    username: str


class PostCreate(StrictModel):
    title: Title
    content: Content


class PostUpdate(StrictModel):
    title: Title | None = None
    content: Content | None = None

    @model_validator(mode="after")
    def _at_least_one_non_null_field(self) -> Self:
        if not self.model_fields_set:
            raise ValueError("provide at least one of: title, content")
        for name in self.model_fields_set:
            if getattr(self, name) is None:
                raise ValueError(f"{name} may not be null")
        return self


class PostOut(ORMModel):
    id: int
    title: str
    content: str
    author: Author
    created_at: datetime
    updated_at: datetime


# ---- comments ---------------------------------------------------------------

class CommentCreate(StrictModel):
    body: CommentBody


class CommentOut(ORMModel):
    id: int
    post_id: int
    body: str
    author: Author
    created_at: datetime


# ---- shared -----------------------------------------------------------------

T = TypeVar("T")


class Page(BaseModel, Generic[T]):
    items: list[T]
    total: int
    limit: int
    offset: int


class ErrorOut(BaseModel):
    detail: str
