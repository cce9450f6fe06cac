from datetime import datetime
from typing import Generic, TypeVar

from pydantic import Field

from blog.dto.base import CamelCaseModel
from blog.entity import Comment, Post

T = TypeVar("T")


class PageResponse(CamelCaseModel, Generic[T]):
    content: list[T]
    total_elements: int
    limit: int
    offset: int


class PostCreateRequest(CamelCaseModel):
    title: str = Field(min_length=1, max_length=200)
    content: str = Field(min_length=1, max_length=20_000)


class PostUpdateRequest(CamelCaseModel):
    title: str = Field(min_length=1, max_length=200)
    content: str = Field(min_length=1, max_length=20_000)


class PostResponse(CamelCaseModel):
    id: int
    title: str
    content: str
    author_id: int
    author_username: str
    comment_count: int
    created_at: datetime
    updated_at: datetime | None = None

    @classmethod
    def from_entity(cls, post: Post) -> "PostResponse":
        return cls(
            id=post.id,
            title=post.title,
            content=post.content,
            author_id=post.author_id,
            author_username=post.author.username,
            comment_count=len(post.comments),
            created_at=post.created_at,
            updated_at=post.updated_at,
        )


class CommentCreateRequest(CamelCaseModel):
    content: str = Field(min_length=1, max_length=5_000)


class CommentResponse(CamelCaseModel):
    id: int
    post_id: int
    author_id: int
    author_username: str
    content: str
    created_at: datetime

    @classmethod
    def from_entity(cls, comment: Comment) -> "CommentResponse":
        return cls(
            id=comment.id,
            post_id=comment.post_id,
            author_id=comment.author_id,
            author_username=comment.author.username,
            content=comment.content,
            created_at=comment.created_at,
        )
