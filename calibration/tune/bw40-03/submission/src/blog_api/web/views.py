"""Output schemas: how records are rendered as JSON (the Phoenix JSON views)."""
from datetime import datetime
from typing import Generic, TypeVar

from pydantic import BaseModel, ConfigDict

T = TypeVar("T")


class _View(BaseModel):
    model_config = ConfigDict(from_attributes=True)


class AuthorView(_View):
    id: int
    username: str


class UserView(_View):
    id: int
    username: str
    inserted_at: datetime


class TokenView(BaseModel):
    access_token: str
    token_type: str = "bearer"
    expires_in: int


class PostView(_View):
    id: int
    title: str
    content: str
    author: AuthorView
    inserted_at: datetime
    updated_at: datetime


class CommentView(_View):
    id: int
    post_id: int
    content: str
    author: AuthorView
    inserted_at: datetime


class Page(BaseModel, Generic[T]):
    data: list[T]
    limit: int
    offset: int


class ErrorView(BaseModel):
    detail: str
