"""Request / response schemas (the marshmallow layer, pydantic v2 edition)."""
from datetime import datetime
from typing import Optional

from pydantic import BaseModel, ConfigDict, Field


class ORMSchema(BaseModel):
    model_config = ConfigDict(from_attributes=True)


# --- users -----------------------------------------------------------------

class UserCreateSchema(BaseModel):
    username: str = Field(min_length=3, max_length=50, pattern=r"^[A-Za-z0-9_.-]+$")
    password: str = Field(min_length=8, max_length=72)


class UserSchema(ORMSchema):
    id: int
    username: str
    created_at: datetime


class AuthorSchema(ORMSchema):
    id: int
    username: str


class TokenSchema(BaseModel):
    access_token: str
    token_type: str = "bearer"


# --- posts -----------------------------------------------------------------

class PostCreateSchema(BaseModel):
    title: str = Field(min_length=1, max_length=200)
    content: str = Field(min_length=1)


class PostUpdateSchema(BaseModel):
    title: Optional[str] = Field(default=None, min_length=1, max_length=200)
    content: Optional[str] = Field(default=None, min_length=1)


class PostSchema(ORMSchema):
    id: int
    title: str
    content: str
    author: AuthorSchema
    created_at: datetime
    updated_at: Optional[datetime] = None
    comment_count: int = 0


class PostListSchema(BaseModel):
    items: list[PostSchema]
    total: int
    limit: int
    offset: int


# --- comments --------------------------------------------------------------

class CommentCreateSchema(BaseModel):
    body: str = Field(min_length=1, max_length=2000)


class CommentSchema(ORMSchema):
    id: int
    post_id: int
    body: str
    author: AuthorSchema
    created_at: datetime


class CommentListSchema(BaseModel):
    items: list[CommentSchema]
    total: int
    limit: int
    offset: int


class ErrorSchema(BaseModel):
    detail: str
