from datetime import datetime

from pydantic import BaseModel, ConfigDict, Field, field_validator

from blog.accounts.schemas import AuthorRead
from blog.posts.models import Post


class PostCreate(BaseModel):
    title: str = Field(min_length=1, max_length=200)
    content: str = Field(min_length=1, max_length=100_000)


class PostUpdate(BaseModel):
    """PATCH body: send only what changes. Explicit nulls are refused."""

    title: str | None = Field(default=None, min_length=1, max_length=200)
    content: str | None = Field(default=None, min_length=1, max_length=100_000)

    @field_validator("title", "content")
    @classmethod
    def not_null(cls, value: str | None) -> str:
        if value is None:
            raise ValueError("may not be null")
        return value


class PostRead(BaseModel):
    id: int
    title: str
    content: str
    author: AuthorRead
    comment_count: int
    created_at: datetime
    updated_at: datetime

    @classmethod
    def from_row(cls, post: Post, comment_count: int) -> "PostRead":
        return cls(
            id=post.id,
            title=post.title,
            content=post.content,
            author=AuthorRead.model_validate(post.author),
            comment_count=comment_count,
            created_at=post.created_at,
            updated_at=post.updated_at,
        )


class CommentCreate(BaseModel):
    body: str = Field(min_length=1, max_length=5_000)


class CommentRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    post_id: int
    author: AuthorRead
    body: str
    created_at: datetime
