"""Request/response shapes.

JSON keys are camelCase (`createdAt`, `commentCount`) so clients can decode them
straight into their models without custom key mapping. Python code stays snake_case.
"""
from datetime import datetime
from typing import Generic, TypeVar

from pydantic import BaseModel, ConfigDict, Field
from pydantic.alias_generators import to_camel

T = TypeVar("T")


class APIModel(BaseModel):
    model_config = ConfigDict(
        alias_generator=to_camel, populate_by_name=True, from_attributes=True
    )


# --- auth ---

class UserCreate(APIModel):
    username: str = Field(min_length=3, max_length=30, pattern=r"^[A-Za-z0-9_.-]+$")
    password: str = Field(min_length=8, max_length=128)


class UserOut(APIModel):
    id: int
    username: str
    created_at: datetime


class Token(BaseModel):
    # Kept snake_case on purpose: this is the shape OAuth2 clients expect.
    access_token: str
    token_type: str = "bearer"
    expires_in: int


# --- posts ---

class AuthorOut(APIModel):
    id: int
    username: str


class PostCreate(APIModel):
    title: str = Field(min_length=1, max_length=200)
    content: str = Field(min_length=1, max_length=20_000)


class PostUpdate(APIModel):
    title: str | None = Field(default=None, min_length=1, max_length=200)
    content: str | None = Field(default=None, min_length=1, max_length=20_000)


class PostOut(APIModel):
    id: int
    title: str
    content: str
    author: AuthorOut
    comment_count: int
    created_at: datetime
    updated_at: datetime


# --- comments ---

class CommentCreate(APIModel):
    body: str = Field(min_length=1, max_length=2_000)


class CommentOut(APIModel):
    id: int
    post_id: int
    author: AuthorOut
    body: str
    created_at: datetime


# --- envelopes ---

class PageMeta(APIModel):
    limit: int
    offset: int
    total: int
    has_more: bool


class Page(APIModel, Generic[T]):
    items: list[T]
    meta: PageMeta


class ErrorBody(APIModel):
    code: str
    message: str
    details: list[dict] | None = None


class ErrorResponse(APIModel):
    error: ErrorBody
