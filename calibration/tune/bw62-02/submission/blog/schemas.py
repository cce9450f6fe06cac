from datetime import datetime

from pydantic import BaseModel, Field, field_validator


class UserCreate(BaseModel):
    username: str = Field(min_length=3, max_length=32, pattern=r"^[A-Za-z0-9_.-]+$")
    password: str = Field(min_length=8)

    @field_validator("password")
    @classmethod
    def fits_bcrypt(cls, v: str) -> str:
        # bcrypt only looks at the first 72 bytes (newer versions raise instead)
        if len(v.encode("utf-8")) > 72:
            raise ValueError("password must be at most 72 bytes")
        return v


class UserOut(BaseModel):
    id: int
    username: str


class Token(BaseModel):
    access_token: str
    token_type: str = "bearer"


class PostIn(BaseModel):
    title: str = Field(min_length=1, max_length=200)
    content: str = Field(min_length=1, max_length=20_000)


class PostUpdate(BaseModel):
    title: str | None = Field(default=None, min_length=1, max_length=200)
    content: str | None = Field(default=None, min_length=1, max_length=20_000)


class PostOut(BaseModel):
    id: int
    title: str
    content: str
    author_id: int
    author: str
    created_at: datetime
    updated_at: datetime | None = None


class PostPage(BaseModel):
    items: list[PostOut]
    total: int
    limit: int
    offset: int


class CommentIn(BaseModel):
    body: str = Field(min_length=1, max_length=2_000)


class CommentOut(BaseModel):
    id: int
    post_id: int
    author_id: int
    author: str
    body: str
    created_at: datetime


class CommentPage(BaseModel):
    items: list[CommentOut]
    total: int
    limit: int
    offset: int
