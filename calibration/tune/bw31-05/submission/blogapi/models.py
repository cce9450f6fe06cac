"""
Data model.

Tables
------
user     : id, username, password_hash
post     : id, title, content, author_id, created_at, updated_at
comment  : id, post_id, author_id, content, created_at

The *Create / *Read classes are the request / response schemas (pydantic via SQLModel).
"""
from datetime import datetime, timezone
from typing import Optional

from sqlmodel import Field, SQLModel


def utc_now() -> datetime:
    return datetime.now(timezone.utc)


# ---------------------------------------------------------------- users
class UserBase(SQLModel):
    username: str = Field(index=True, unique=True, min_length=3, max_length=50)


class User(UserBase, table=True):
    id: Optional[int] = Field(default=None, primary_key=True)
    password_hash: str


class UserCreate(UserBase):
    password: str = Field(min_length=8, max_length=200)


class UserRead(UserBase):
    id: int


class Token(SQLModel):
    access_token: str
    token_type: str = "bearer"


# ---------------------------------------------------------------- posts
class PostBase(SQLModel):
    title: str = Field(min_length=1, max_length=200)
    content: str = Field(min_length=1)


class Post(PostBase, table=True):
    id: Optional[int] = Field(default=None, primary_key=True)
    author_id: int = Field(foreign_key="user.id", index=True)
    created_at: datetime = Field(default_factory=utc_now)
    updated_at: datetime = Field(default_factory=utc_now)


class PostCreate(PostBase):
    pass


class PostUpdate(SQLModel):
    title: Optional[str] = Field(default=None, min_length=1, max_length=200)
    content: Optional[str] = Field(default=None, min_length=1)


class PostRead(PostBase):
    id: int
    author_id: int
    created_at: datetime
    updated_at: datetime
    n_comments: int = 0


# ---------------------------------------------------------------- comments
class CommentBase(SQLModel):
    content: str = Field(min_length=1, max_length=5000)


class Comment(CommentBase, table=True):
    id: Optional[int] = Field(default=None, primary_key=True)
    post_id: int = Field(foreign_key="post.id", index=True)
    author_id: int = Field(foreign_key="user.id")
    created_at: datetime = Field(default_factory=utc_now)


class CommentCreate(CommentBase):
    pass


class CommentRead(CommentBase):
    id: int
    post_id: int
    author_id: int
    created_at: datetime
