from __future__ import annotations

from typing import Annotated

from pydantic import BaseModel, Field, StringConstraints, field_validator

Username = Annotated[str, StringConstraints(pattern=r"^[A-Za-z0-9_.-]{3,32}$")]
Title = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=200)]
Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=50_000)]


class Credentials(BaseModel):
    username: Username
    password: str = Field(min_length=8, max_length=72)

    @field_validator("password")
    @classmethod
    def fits_bcrypt(cls, v: str) -> str:
        # bcrypt only looks at the first 72 bytes; refuse rather than truncate.
        if len(v.encode()) > 72:
            raise ValueError("password must be at most 72 bytes")
        return v


class UserOut(BaseModel):
    id: int
    username: str
    created_at: str


class TokenOut(BaseModel):
    access_token: str
    token_type: str = "bearer"
    expires_in: int


class PostIn(BaseModel):
    title: Title
    content: Text


class PostPatch(BaseModel):
    title: Title | None = None
    content: Text | None = None


class PostOut(BaseModel):
    id: int
    author_id: int
    author: str
    title: str
    content: str
    created_at: str
    updated_at: str


class CommentIn(BaseModel):
    body: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=5_000)]


class CommentOut(BaseModel):
    id: int
    post_id: int
    author_id: int
    author: str
    body: str
    created_at: str
