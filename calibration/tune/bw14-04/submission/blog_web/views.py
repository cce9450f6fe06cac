"""JSON views: what goes over the wire, in and out."""

from datetime import datetime
from typing import Generic, Self, TypeVar

from pydantic import BaseModel, ConfigDict, Field, model_validator

T = TypeVar("T")


class Input(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)


class RegisterParams(Input):
    username: str = Field(min_length=3, max_length=32, pattern=r"^[a-z0-9_]+$")
    password: str = Field(min_length=10, max_length=256)


class LoginParams(Input):
    username: str = Field(min_length=1, max_length=32)
    password: str = Field(min_length=1, max_length=256)


class PostParams(Input):
    title: str = Field(min_length=1, max_length=200)
    body: str = Field(min_length=1, max_length=50_000)


class PostPatchParams(Input):
    title: str | None = Field(default=None, min_length=1, max_length=200)
    body: str | None = Field(default=None, min_length=1, max_length=50_000)

    @model_validator(mode="after")
    def no_nulls(self) -> Self:
        nulls = [f for f in self.model_fields_set if getattr(self, f) is None]
        if nulls:
            raise ValueError(f"cannot be null: {', '.join(sorted(nulls))}")
        return self


class CommentParams(Input):
    body: str = Field(min_length=1, max_length=5_000)


class UserJSON(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    username: str


class TokenJSON(BaseModel):
    access_token: str
    token_type: str = "bearer"
    expires_in: int


class PostJSON(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    title: str
    body: str
    author: UserJSON
    inserted_at: datetime
    updated_at: datetime


class CommentJSON(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    post_id: int
    body: str
    author: UserJSON
    inserted_at: datetime


class Page(BaseModel, Generic[T]):
    data: list[T]
    total: int
    limit: int
    offset: int


class ErrorJSON(BaseModel):
    detail: str
