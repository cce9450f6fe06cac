"""
Request and response bodies.
"""
from pydantic import BaseModel, Field

from blog import config


class UserIn(BaseModel):
    username: str = Field(min_length=config.USERNAME_MIN, max_length=config.USERNAME_MAX)
    password: str = Field(min_length=config.PASSWORD_MIN, max_length=config.PASSWORD_MAX)


class UserOut(BaseModel):
    id: int
    username: str
    created_at: str


class TokenOut(BaseModel):
    access_token: str
    token_type: str
    expires_in: int


class PostIn(BaseModel):
    title: str = Field(min_length=1, max_length=config.TITLE_MAX)
    content: str = Field(min_length=1, max_length=config.CONTENT_MAX)


class PostPatch(BaseModel):
    title: str | None = Field(default=None, min_length=1, max_length=config.TITLE_MAX)
    content: str | None = Field(default=None, min_length=1, max_length=config.CONTENT_MAX)


class PostOut(BaseModel):
    id: int
    author_id: int
    author: str
    title: str
    content: str
    created_at: str
    updated_at: str


class CommentIn(BaseModel):
    body: str = Field(min_length=1, max_length=config.COMMENT_MAX)


class CommentOut(BaseModel):
    id: int
    post_id: int
    author_id: int
    author: str
    body: str
    created_at: str


class ErrorOut(BaseModel):
    detail: str
