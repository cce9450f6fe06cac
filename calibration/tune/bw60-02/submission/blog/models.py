from datetime import datetime
from typing import List, Optional

from sqlmodel import Field, SQLModel


# ---------- users ----------


class UserBase(SQLModel):
    username: str = Field(index=True, unique=True, min_length=3, max_length=50)


class User(UserBase, table=True):
    id: Optional[int] = Field(default=None, primary_key=True)
    hashed_password: str
    created_at: datetime = Field(default_factory=datetime.utcnow)


class UserCreate(UserBase):
    password: str = Field(min_length=6)


class Token(SQLModel):
    access_token: str
    token_type: str


# ---------- posts ----------


class PostBase(SQLModel):
    title: str = Field(min_length=1, max_length=200)
    content: str = Field(min_length=1)


class Post(PostBase, table=True):
    id: Optional[int] = Field(default=None, primary_key=True)
    author_id: int = Field(foreign_key="user.id")
    created_at: datetime = Field(default_factory=datetime.utcnow)
    updated_at: Optional[datetime] = None


class PostCreate(PostBase):
    pass


class PostUpdate(SQLModel):
    title: Optional[str] = None
    content: Optional[str] = None


class PostRead(PostBase):
    id: int
    author_id: int
    created_at: datetime
    updated_at: Optional[datetime] = None
    comment_count: int = 0


# ---------- comments ----------


class Comment(SQLModel, table=True):
    id: Optional[int] = Field(default=None, primary_key=True)
    post_id: int = Field(foreign_key="post.id")
    author_id: int = Field(foreign_key="user.id")
    body: str
    created_at: datetime = Field(default_factory=datetime.utcnow)


class CommentCreate(SQLModel):
    body: str = Field(min_length=1, max_length=2000)


class PostWithComments(PostRead):
    comments: List[Comment] = []
