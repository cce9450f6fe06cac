"""HTTP request/response contracts. Kept separate from domain entities on purpose."""

from datetime import datetime
from typing import Annotated, Generic, Self, TypeVar

from pydantic import BaseModel, ConfigDict, StringConstraints, model_validator

from blog.domain.models import Comment, Page, Post, PostChanges, User

T = TypeVar("T")

Username = Annotated[
    str, StringConstraints(strip_whitespace=True, min_length=3, max_length=32, pattern=r"^[A-Za-z0-9_.-]+$")
]
Password = Annotated[str, StringConstraints(min_length=8, max_length=128)]
Title = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=200)]
Content = Annotated[str, StringConstraints(min_length=1, max_length=50_000)]
CommentBody = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=5_000)]


class _In(BaseModel):
    model_config = ConfigDict(extra="forbid")


class RegisterIn(_In):
    username: Username
    password: Password


class UserOut(BaseModel):
    id: int
    username: str
    created_at: datetime

    @classmethod
    def of(cls, user: User) -> Self:
        return cls(id=user.id, username=user.username, created_at=user.created_at)


class TokenOut(BaseModel):
    access_token: str
    token_type: str = "bearer"


class PostIn(_In):
    title: Title
    content: Content


class PostPatch(_In):
    title: Title | None = None
    content: Content | None = None

    @model_validator(mode="after")
    def _no_explicit_nulls(self) -> Self:
        for name in self.model_fields_set:
            if getattr(self, name) is None:
                raise ValueError(f"'{name}' may be omitted but not null")
        return self

    def to_changes(self) -> PostChanges:
        return PostChanges(title=self.title, content=self.content)


class AuthorOut(BaseModel):
    id: int
    username: str


class PostOut(BaseModel):
    id: int
    title: str
    content: str
    author: AuthorOut
    created_at: datetime
    updated_at: datetime

    @classmethod
    def of(cls, post: Post) -> Self:
        return cls(
            id=post.id,
            title=post.title,
            content=post.content,
            author=AuthorOut(id=post.author_id, username=post.author_username),
            created_at=post.created_at,
            updated_at=post.updated_at,
        )


class CommentIn(_In):
    body: CommentBody


class CommentOut(BaseModel):
    id: int
    post_id: int
    body: str
    author: AuthorOut
    created_at: datetime

    @classmethod
    def of(cls, comment: Comment) -> Self:
        return cls(
            id=comment.id,
            post_id=comment.post_id,
            body=comment.body,
            author=AuthorOut(id=comment.author_id, username=comment.author_username),
            created_at=comment.created_at,
        )


class PageOut(BaseModel, Generic[T]):
    items: list[T]
    total: int
    limit: int
    offset: int


def page_of(page: Page[Post]) -> PageOut[PostOut]:
    return PageOut[PostOut](
        items=[PostOut.of(p) for p in page.items], total=page.total, limit=page.limit, offset=page.offset
    )


def comment_page_of(page: Page[Comment]) -> PageOut[CommentOut]:
    return PageOut[CommentOut](
        items=[CommentOut.of(c) for c in page.items],
        total=page.total,
        limit=page.limit,
        offset=page.offset,
    )


class ErrorOut(BaseModel):
    detail: str
