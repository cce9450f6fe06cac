from datetime import datetime

from pydantic import BaseModel, Field


class PostInput(BaseModel):
    title: str = Field(min_length=1, max_length=255)
    content: str = Field(min_length=1)


class PostPatchInput(BaseModel):
    title: str | None = Field(default=None, min_length=1, max_length=255)
    content: str | None = Field(default=None, min_length=1)


class AuthorOutput(BaseModel):
    id: int
    username: str


class PostOutput(BaseModel):
    id: int
    title: str
    content: str
    author: AuthorOutput
    commentCount: int
    createdAt: datetime
    updatedAt: datetime | None = None
