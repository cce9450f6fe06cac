"""Request and response models.

All inbound models forbid unknown fields so that a client cannot smuggle
attributes (author_id, id, ...) into a write.
"""

from __future__ import annotations

from datetime import datetime
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, field_validator, model_validator

Username = Annotated[
    str,
    StringConstraints(strip_whitespace=True, to_lower=True, pattern=r"^[a-z0-9_]{3,32}$"),
]
Password = Annotated[str, Field(min_length=12, max_length=128)]
Title = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=200)]
Content = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=20_000)]
CommentBody = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=5_000)]


class _Inbound(BaseModel):
    model_config = ConfigDict(extra="forbid")


class SignupRequest(_Inbound):
    username: Username
    password: Password

    @field_validator("password")
    @classmethod
    def _not_trivial(cls, value: str) -> str:
        if value.strip() == "":
            raise ValueError("password must not be blank")
        if len(set(value)) < 4:
            raise ValueError("password is too repetitive")
        return value


class UserOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    username: str
    created_at: datetime


class Token(BaseModel):
    access_token: str
    token_type: str = "bearer"
    expires_in: int


class PostCreate(_Inbound):
    title: Title
    content: Content


class PostUpdate(_Inbound):
    title: Title | None = None
    content: Content | None = None

    @model_validator(mode="after")
    def _at_least_one(self) -> "PostUpdate":
        if self.title is None and self.content is None:
            raise ValueError("provide at least one of: title, content")
        return self


class PostOut(BaseModel):
    id: int
    title: str
    content: str
    author_id: int
    author_username: str
    created_at: datetime
    updated_at: datetime


class CommentCreate(_Inbound):
    body: CommentBody


class CommentOut(BaseModel):
    id: int
    post_id: int
    author_id: int
    author_username: str
    body: str
    created_at: datetime


class ErrorOut(BaseModel):
    detail: str
