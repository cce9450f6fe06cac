from datetime import datetime
from typing import Optional

from pydantic import BaseModel, Field


class UserIn(BaseModel):
    username: str = Field(min_length=1, max_length=50)
    password: str = Field(min_length=6)


class UserOut(BaseModel):
    id: int
    username: str


class Token(BaseModel):
    access_token: str
    token_type: str = "bearer"


class PostIn(BaseModel):
    title: str = Field(min_length=1, max_length=200)
    body: str = Field(min_length=1)


class PostOut(BaseModel):
    id: int
    title: str
    body: str
    created: datetime
    author_id: int
    username: Optional[str] = None


class CommentIn(BaseModel):
    body: str = Field(min_length=1, max_length=2000)


class CommentOut(BaseModel):
    id: int
    post_id: int
    author_id: int
    body: str
    created: datetime
