"""Wire formats. Pydantic lives only at the boundary; the core uses blog.types."""
from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel, ConfigDict, Field

from blog.types import AuthoredPost, Comment, PostEdit, User


class _In(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)


class SignUp(_In):
    username: str = Field(min_length=3, max_length=32, pattern=r"^[a-zA-Z0-9_]+$")
    password: str = Field(min_length=8, max_length=128)


class PostIn(_In):
    title: str = Field(min_length=1, max_length=200)
    content: str = Field(min_length=1, max_length=50_000)


class PostPatch(_In):
    title: str | None = Field(default=None, min_length=1, max_length=200)
    content: str | None = Field(default=None, min_length=1, max_length=50_000)

    def to_edit(self) -> PostEdit:
        return PostEdit(title=self.title, content=self.content)


class CommentIn(_In):
    content: str = Field(min_length=1, max_length=5_000)


class UserOut(BaseModel):
    id: int
    username: str

    @staticmethod
    def of(u: User) -> UserOut:
        return UserOut(id=u.id, username=u.username)


class TokenOut(BaseModel):
    access_token: str
    token_type: str = "bearer"


class PostOut(BaseModel):
    id: int
    title: str
    content: str
    author_id: int
    author: str
    created_at: datetime
    updated_at: datetime

    @staticmethod
    def of(ap: AuthoredPost) -> PostOut:
        p = ap.post
        return PostOut(
            id=p.id,
            title=p.title,
            content=p.content,
            author_id=p.author_id,
            author=ap.author,
            created_at=p.created_at,
            updated_at=p.updated_at,
        )


class CommentOut(BaseModel):
    id: int
    post_id: int
    author_id: int
    content: str
    created_at: datetime

    @staticmethod
    def of(c: Comment) -> CommentOut:
        return CommentOut(
            id=c.id,
            post_id=c.post_id,
            author_id=c.author_id,
            content=c.content,
            created_at=c.created_at,
        )


class Problem(BaseModel):
    detail: str
