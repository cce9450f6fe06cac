from datetime import datetime, timezone

from pydantic import BaseModel
from sqlmodel import Field, SQLModel


def utcnow() -> datetime:
    return datetime.now(timezone.utc)


class User(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    username: str = Field(index=True, unique=True, min_length=3, max_length=50)
    hashed_password: str


class UserCreate(SQLModel):
    username: str = Field(min_length=3, max_length=50)
    password: str = Field(min_length=8, max_length=72)


class UserRead(SQLModel):
    id: int
    username: str


class PostBase(SQLModel):
    title: str = Field(min_length=1, max_length=200)
    content: str = Field(min_length=1)


class Post(PostBase, table=True):
    id: int | None = Field(default=None, primary_key=True)
    author_id: int = Field(foreign_key="user.id", index=True)
    created_at: datetime = Field(default_factory=utcnow)


class PostCreate(PostBase):
    pass


class PostUpdate(SQLModel):
    title: str | None = Field(default=None, min_length=1, max_length=200)
    content: str | None = Field(default=None, min_length=1)


class PostRead(PostBase):
    id: int
    author_id: int
    created_at: datetime


class CommentCreate(SQLModel):
    body: str = Field(min_length=1, max_length=5000)


class Comment(CommentCreate, table=True):
    id: int | None = Field(default=None, primary_key=True)
    post_id: int = Field(foreign_key="post.id", index=True)
    author_id: int = Field(foreign_key="user.id")
    created_at: datetime = Field(default_factory=utcnow)


class CommentRead(CommentCreate):
    id: int
    post_id: int
    author_id: int
    created_at: datetime


class Token(BaseModel):
    access_token: str
    token_type: str = "bearer"
