"""Response bodies: my API Resources. Nothing here can carry a password hash."""

from datetime import datetime

from pydantic import BaseModel, ConfigDict


class _FromOrm(BaseModel):
    model_config = ConfigDict(from_attributes=True)


class UserResource(_FromOrm):
    id: int
    username: str
    created_at: datetime


class AuthorResource(_FromOrm):
    id: int
    username: str


class TokenResource(BaseModel):
    access_token: str
    token_type: str = "bearer"
    expires_in: int


class PostResource(_FromOrm):
    id: int
    title: str
    content: str
    author: AuthorResource
    created_at: datetime
    updated_at: datetime


class PostCollection(BaseModel):
    data: list[PostResource]
    total: int
    limit: int
    offset: int


class CommentResource(_FromOrm):
    id: int
    post_id: int
    body: str
    author: AuthorResource
    created_at: datetime


class CommentCollection(BaseModel):
    data: list[CommentResource]
    total: int
    limit: int
    offset: int


class ErrorResource(BaseModel):
    detail: str
