from datetime import datetime, timezone

from pydantic import field_validator
from sqlalchemy import Column, DateTime
from sqlmodel import Field, SQLModel


def utcnow() -> datetime:
    return datetime.now(timezone.utc)


def _ts_column() -> Column:
    return Column(DateTime(timezone=True), nullable=False)


# ---------- tables ----------


class User(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    username: str = Field(index=True, unique=True, max_length=32)
    password_hash: str
    created_at: datetime = Field(default_factory=utcnow, sa_column=_ts_column())


class Post(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    author_id: int = Field(foreign_key="user.id", index=True)
    title: str = Field(max_length=200)
    content: str
    created_at: datetime = Field(default_factory=utcnow, sa_column=_ts_column())
    updated_at: datetime = Field(default_factory=utcnow, sa_column=_ts_column())


class Comment(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    post_id: int = Field(foreign_key="post.id", index=True)
    author_id: int = Field(foreign_key="user.id")
    content: str
    created_at: datetime = Field(default_factory=utcnow, sa_column=_ts_column())


# ---------- API schemas ----------


class UserCreate(SQLModel):
    username: str = Field(min_length=3, max_length=32)
    password: str = Field(min_length=8, max_length=256)

    @field_validator("username")
    @classmethod
    def username_charset(cls, v: str) -> str:
        if not v.replace("_", "").replace("-", "").isalnum() or not v.isascii():
            raise ValueError("only letters, digits, '-' and '_' are allowed")
        return v.lower()


class UserRead(SQLModel):
    id: int
    username: str
    created_at: datetime


class Token(SQLModel):
    access_token: str
    token_type: str = "bearer"
    expires_in: int


class PostCreate(SQLModel):
    title: str = Field(min_length=1, max_length=200)
    content: str = Field(min_length=1, max_length=50_000)


class PostUpdate(SQLModel):
    title: str | None = Field(default=None, min_length=1, max_length=200)
    content: str | None = Field(default=None, min_length=1, max_length=50_000)


class PostRead(SQLModel):
    id: int
    title: str
    content: str
    author_id: int
    author: str
    created_at: datetime
    updated_at: datetime


class CommentCreate(SQLModel):
    content: str = Field(min_length=1, max_length=5_000)


class CommentRead(SQLModel):
    id: int
    post_id: int
    author_id: int
    author: str
    content: str
    created_at: datetime


class PostPage(SQLModel):
    items: list[PostRead]
    total: int
    limit: int
    offset: int


class CommentPage(SQLModel):
    items: list[CommentRead]
    total: int
    limit: int
    offset: int


class Problem(SQLModel):
    detail: str
