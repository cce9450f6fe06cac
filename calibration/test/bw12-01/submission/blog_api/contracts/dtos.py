from __future__ import annotations

from datetime import datetime
from typing import Annotated, Generic, TypeVar

from fastapi import Query
from pydantic import BaseModel, Field, field_validator

from blog_api.domain.entities import Comment, Post, User

T = TypeVar("T")

Username = Annotated[str, Field(min_length=3, max_length=32, pattern=r"^[A-Za-z0-9_]+$")]
Title = Annotated[str, Field(min_length=1, max_length=200)]
Body = Annotated[str, Field(min_length=1, max_length=20_000)]


# ---- requests -------------------------------------------------------------


class RegisterUserRequest(BaseModel):
    username: Username
    password: Annotated[str, Field(min_length=8)]

    @field_validator("password")
    @classmethod
    def password_fits_bcrypt(cls, value: str) -> str:
        # bcrypt only looks at the first 72 bytes and rejects longer input.
        if len(value.encode("utf-8")) > 72:
            raise ValueError("password must be at most 72 bytes once UTF-8 encoded")
        return value


class CreatePostRequest(BaseModel):
    title: Title
    content: Body


class UpdatePostRequest(BaseModel):
    title: Title | None = None
    content: Body | None = None


class CreateCommentRequest(BaseModel):
    content: Annotated[str, Field(min_length=1, max_length=2_000)]


class PagingQuery:
    """Bound from the query string, like a [FromQuery] paging object."""

    def __init__(
        self,
        limit: Annotated[int, Query(ge=1, le=100, description="Page size (1-100)")] = 20,
        offset: Annotated[int, Query(ge=0, description="Number of items to skip")] = 0,
    ) -> None:
        self.limit = limit
        self.offset = offset


# ---- responses ------------------------------------------------------------


class UserDto(BaseModel):
    id: int
    username: str
    created_at: datetime

    @classmethod
    def from_entity(cls, user: User) -> UserDto:
        return cls(id=user.id, username=user.username, created_at=user.created_at)


class TokenDto(BaseModel):
    access_token: str
    token_type: str = "bearer"
    expires_in: int


class AuthorDto(BaseModel):
    id: int
    username: str


class PostDto(BaseModel):
    id: int
    title: str
    content: str
    author: AuthorDto
    comment_count: int
    created_at: datetime
    updated_at: datetime | None

    @classmethod
    def from_entity(cls, post: Post) -> PostDto:
        return cls(
            id=post.id,
            title=post.title,
            content=post.content,
            author=AuthorDto(id=post.author.id, username=post.author.username),
            comment_count=len(post.comments),
            created_at=post.created_at,
            updated_at=post.updated_at,
        )


class CommentDto(BaseModel):
    id: int
    post_id: int
    content: str
    author: AuthorDto
    created_at: datetime

    @classmethod
    def from_entity(cls, comment: Comment) -> CommentDto:
        return cls(
            id=comment.id,
            post_id=comment.post_id,
            content=comment.content,
            author=AuthorDto(id=comment.author.id, username=comment.author.username),
            created_at=comment.created_at,
        )


class PagedResponse(BaseModel, Generic[T]):
    items: list[T]
    total: int
    limit: int
    offset: int


class ProblemDetails(BaseModel):
    """RFC 7807 error body."""

    type: str = "about:blank"
    title: str
    status: int
    detail: str | None = None
