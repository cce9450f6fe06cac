from datetime import datetime
from typing import Generic, TypeVar

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

T = TypeVar("T")

USERNAME_PATTERN = r"^[\w.@+-]+$"


class ErrorOut(BaseModel):
    detail: str


# --- accounts -------------------------------------------------------------


class UserCreate(BaseModel):
    username: str = Field(min_length=3, max_length=150, pattern=USERNAME_PATTERN)
    password: str = Field(min_length=8, max_length=128)

    @field_validator("password")
    @classmethod
    def password_not_entirely_numeric(cls, value: str) -> str:
        if value.isdigit():
            raise ValueError("This password is entirely numeric.")
        return value

    @model_validator(mode="after")
    def password_not_username(self) -> "UserCreate":
        if self.username.lower() in self.password.lower():
            raise ValueError("The password is too similar to the username.")
        return self


class UserOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    username: str
    date_joined: datetime


class Token(BaseModel):
    access_token: str
    token_type: str = "bearer"


# --- posts ------------------------------------------------------------------


class PostCreate(BaseModel):
    title: str = Field(min_length=1, max_length=200)
    content: str = Field(min_length=1, max_length=50_000)

    @field_validator("title", "content")
    @classmethod
    def not_blank(cls, value: str) -> str:
        if not value.strip():
            raise ValueError("may not be blank")
        return value.strip()


class PostUpdate(BaseModel):
    """Partial update: only the fields that are sent are changed."""

    title: str | None = Field(default=None, min_length=1, max_length=200)
    content: str | None = Field(default=None, min_length=1, max_length=50_000)

    @field_validator("title", "content")
    @classmethod
    def not_null_or_blank(cls, value: str | None) -> str:
        if value is None:
            raise ValueError("may not be null; omit the field to leave it unchanged")
        if not value.strip():
            raise ValueError("may not be blank")
        return value.strip()


class PostOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    title: str
    content: str
    author_id: int
    author_username: str
    comment_count: int
    created_at: datetime
    updated_at: datetime


# --- comments ---------------------------------------------------------------


class CommentCreate(BaseModel):
    body: str = Field(min_length=1, max_length=5_000)

    @field_validator("body")
    @classmethod
    def not_blank(cls, value: str) -> str:
        if not value.strip():
            raise ValueError("may not be blank")
        return value.strip()


class CommentOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    post_id: int
    author_id: int
    author_username: str
    body: str
    created_at: datetime


# --- pagination ---------------------------------------------------------------


class Page(BaseModel, Generic[T]):
    items: list[T]
    total: int
    limit: int
    offset: int
