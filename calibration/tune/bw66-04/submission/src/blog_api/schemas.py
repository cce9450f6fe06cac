from datetime import datetime
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, field_validator

Username = Annotated[
    str, StringConstraints(strip_whitespace=True, min_length=3, max_length=32, pattern=r"^\w+$")
]
Title = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=200)]
Content = Annotated[str, StringConstraints(min_length=1, max_length=50_000)]
CommentBody = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=5_000)]


class ORMModel(BaseModel):
    model_config = ConfigDict(from_attributes=True)


# ----------------------------------------------------------------------------- users


class UserCreate(BaseModel):
    username: Username
    password: str = Field(min_length=8, max_length=256)


class UserOut(ORMModel):
    id: int
    username: str
    created_at: datetime


class AuthorOut(ORMModel):
    id: int
    username: str


class Token(BaseModel):
    access_token: str
    token_type: str = "bearer"
    expires_in: int = Field(description="Lifetime of the token in seconds")


# ----------------------------------------------------------------------------- posts


class PostCreate(BaseModel):
    title: Title
    content: Content


class PostUpdate(BaseModel):
    title: Title | None = None
    content: Content | None = None

    @field_validator("title", "content")
    @classmethod
    def reject_explicit_null(cls, value: str | None) -> str | None:
        if value is None:
            raise ValueError("may be omitted but not null")
        return value


class PostOut(ORMModel):
    id: int
    title: str
    content: str
    author: AuthorOut
    comment_count: int
    created_at: datetime
    updated_at: datetime


# ----------------------------------------------------------------------------- comments


class CommentCreate(BaseModel):
    body: CommentBody


class CommentOut(ORMModel):
    id: int
    post_id: int
    body: str
    author: AuthorOut
    created_at: datetime


class ErrorOut(BaseModel):
    detail: str
