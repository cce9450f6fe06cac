"""Wire format. Kept separate from the domain records on purpose: the domain
``User`` carries a password hash, and no response model has a field for it."""

from datetime import datetime
from typing import Annotated, Literal, Self

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, model_validator

from .domain import Comment, Post, User

Username = Annotated[
    str, StringConstraints(min_length=3, max_length=32, pattern=r"^[A-Za-z0-9_.-]+$")
]
Password = Annotated[str, StringConstraints(min_length=8, max_length=128)]
Title = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=200)]
Content = Annotated[str, StringConstraints(min_length=1, max_length=50_000)]
CommentBody = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=5_000)]


class _Input(BaseModel):
    model_config = ConfigDict(extra="forbid")


class SignUpIn(_Input):
    username: Username
    password: Password


class UserOut(BaseModel):
    id: int
    username: str

    @classmethod
    def of(cls, user: User) -> "UserOut":
        return cls(id=user.id, username=user.username)


class TokenOut(BaseModel):
    access_token: str
    token_type: Literal["bearer"] = "bearer"


class PostIn(_Input):
    title: Title
    content: Content


class PostPatchIn(_Input):
    title: Title | None = None
    content: Content | None = None

    @model_validator(mode="after")
    def at_least_one_field(self) -> Self:
        if self.title is None and self.content is None:
            raise ValueError("provide at least one of 'title' or 'content'")
        return self


class PostOut(BaseModel):
    id: int
    author_id: int
    author_username: str
    title: str
    content: str
    created_at: datetime
    updated_at: datetime

    @classmethod
    def of(cls, post: Post) -> "PostOut":
        return cls(
            id=post.id,
            author_id=post.author_id,
            author_username=post.author_username,
            title=post.title,
            content=post.content,
            created_at=post.created_at,
            updated_at=post.updated_at,
        )


class CommentIn(_Input):
    body: CommentBody


class CommentOut(BaseModel):
    id: int
    post_id: int
    author_id: int
    author_username: str
    body: str
    created_at: datetime

    @classmethod
    def of(cls, comment: Comment) -> "CommentOut":
        return cls(
            id=comment.id,
            post_id=comment.post_id,
            author_id=comment.author_id,
            author_username=comment.author_username,
            body=comment.body,
            created_at=comment.created_at,
        )


class ErrorOut(BaseModel):
    detail: str = Field(examples=["post 42 not found"])
