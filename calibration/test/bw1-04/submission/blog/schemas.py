from datetime import datetime

from pydantic import BaseModel, ConfigDict, Field


class ORMModel(BaseModel):
    model_config = ConfigDict(from_attributes=True)


class UserCreate(BaseModel):
    username: str = Field(min_length=3, max_length=150, pattern=r"^[\w.@+-]+$")
    password: str = Field(min_length=8, max_length=256)


class UserOut(ORMModel):
    id: int
    username: str


class Token(BaseModel):
    access_token: str
    token_type: str = "bearer"


class PostIn(BaseModel):
    title: str = Field(min_length=1, max_length=200)
    content: str = Field(min_length=1, max_length=50_000)


class PostOut(ORMModel):
    id: int
    title: str
    content: str
    author: UserOut
    created_at: datetime
    updated_at: datetime


class CommentIn(BaseModel):
    content: str = Field(min_length=1, max_length=5_000)


class CommentOut(ORMModel):
    id: int
    post_id: int
    content: str
    author: UserOut
    created_at: datetime


class Page(BaseModel):
    limit: int
    offset: int
    count: int


class PostPage(Page):
    results: list[PostOut]


class CommentPage(Page):
    results: list[CommentOut]


class ErrorOut(BaseModel):
    detail: str
