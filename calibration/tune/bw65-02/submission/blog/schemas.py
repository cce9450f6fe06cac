from datetime import datetime

from pydantic import BaseModel, Field


# ---------- users / auth ----------

class UserCreate(BaseModel):
    username: str = Field(min_length=3, max_length=32, pattern=r"^[A-Za-z0-9_]+$")
    password: str = Field(min_length=8, max_length=72)


class UserOut(BaseModel):
    id: int
    username: str
    created_at: datetime


class Token(BaseModel):
    access_token: str
    token_type: str = "bearer"


class AuthorOut(BaseModel):
    id: int
    username: str


# ---------- posts ----------

class PostCreate(BaseModel):
    title: str = Field(min_length=1, max_length=200)
    content: str = Field(min_length=1, max_length=20_000)


class PostUpdate(BaseModel):
    title: str | None = Field(default=None, min_length=1, max_length=200)
    content: str | None = Field(default=None, min_length=1, max_length=20_000)


class PostOut(BaseModel):
    id: int
    title: str
    content: str
    author: AuthorOut
    created_at: datetime
    updated_at: datetime | None = None


class PostPage(BaseModel):
    items: list[PostOut]
    total: int
    limit: int
    offset: int


# ---------- comments ----------

class CommentCreate(BaseModel):
    content: str = Field(min_length=1, max_length=2_000)


class CommentOut(BaseModel):
    id: int
    post_id: int
    content: str
    author: AuthorOut
    created_at: datetime


class CommentPage(BaseModel):
    items: list[CommentOut]
    total: int
    limit: int
    offset: int


class ErrorOut(BaseModel):
    detail: str
