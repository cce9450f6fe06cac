from datetime import datetime, timezone
from typing import Optional

from sqlmodel import Field, Relationship, SQLModel


def now():
    return datetime.now(timezone.utc)


class User(SQLModel, table=True):
    id: Optional[int] = Field(default=None, primary_key=True)
    username: str = Field(index=True, unique=True)
    hashed_password: str
    created_at: datetime = Field(default_factory=now)

    posts: list["Post"] = Relationship(back_populates="author")


class UserCreate(SQLModel):
    username: str
    password: str


class Token(SQLModel):
    access_token: str
    token_type: str


class Post(SQLModel, table=True):
    id: Optional[int] = Field(default=None, primary_key=True)
    title: str
    content: str
    author_id: int = Field(foreign_key="user.id")
    created_at: datetime = Field(default_factory=now)
    updated_at: datetime = Field(default_factory=now)

    author: Optional[User] = Relationship(back_populates="posts")
    comments: list["Comment"] = Relationship(back_populates="post", cascade_delete=True)


class PostCreate(SQLModel):
    title: str
    content: str


class PostUpdate(SQLModel):
    title: Optional[str] = None
    content: Optional[str] = None


class PostRead(SQLModel):
    id: int
    title: str
    content: str
    author: str
    comment_count: int
    created_at: datetime
    updated_at: datetime


class Comment(SQLModel, table=True):
    id: Optional[int] = Field(default=None, primary_key=True)
    body: str
    post_id: int = Field(foreign_key="post.id")
    author_id: int = Field(foreign_key="user.id")
    created_at: datetime = Field(default_factory=now)

    post: Optional[Post] = Relationship(back_populates="comments")
    author: Optional[User] = Relationship()


class CommentCreate(SQLModel):
    body: str


class CommentRead(SQLModel):
    id: int
    post_id: int
    author: str
    body: str
    created_at: datetime
