from datetime import datetime

from pydantic import BaseModel, ConfigDict, Field


class _FromORM(BaseModel):
    model_config = ConfigDict(from_attributes=True)


class RegisterIn(BaseModel):
    username: str = Field(min_length=3, max_length=64, pattern=r"^[a-zA-Z0-9_]+$")
    password: str = Field(min_length=8, max_length=72)  # bcrypt only uses 72 bytes


class UserOut(_FromORM):
    id: int
    username: str


class TokenOut(BaseModel):
    access_token: str
    token_type: str = "bearer"


class PostIn(BaseModel):
    title: str = Field(min_length=1, max_length=200)
    content: str = Field(min_length=1)


class CommentIn(BaseModel):
    content: str = Field(min_length=1, max_length=2000)


class CommentOut(_FromORM):
    id: int
    post_id: int
    content: str
    author: UserOut
    created_at: datetime


class PostOut(_FromORM):
    id: int
    title: str
    content: str
    author: UserOut
    created_at: datetime
    comments: list[CommentOut]


class Message(BaseModel):
    detail: str
