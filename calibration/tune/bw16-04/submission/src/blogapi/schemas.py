from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

Username = Annotated[str, StringConstraints(strip_whitespace=True, min_length=3, max_length=32, pattern=r"^[a-zA-Z0-9_]+$")]
# argon2 has no 72-byte truncation, but cap length to bound hashing cost per request
Password = Annotated[str, StringConstraints(min_length=12, max_length=256)]
Title = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=200)]
Body = Annotated[str, StringConstraints(min_length=1, max_length=50_000)]
CommentBody = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=5_000)]


class StrictModel(BaseModel):
    # Reject unknown fields rather than silently ignoring them (no mass assignment surprises).
    model_config = ConfigDict(extra="forbid")


class SignupIn(StrictModel):
    username: Username
    password: Password


class UserOut(BaseModel):
    id: int
    username: str


class TokenOut(BaseModel):
    access_token: str
    token_type: str = "bearer"
    expires_in: int


class PostIn(StrictModel):
    title: Title
    content: Body


class PostPatch(StrictModel):
    title: Title | None = None
    content: Body | None = None


class PostOut(BaseModel):
    id: int
    author_id: int
    author: str
    title: str
    content: str
    created_at: str
    updated_at: str | None


class PostPage(BaseModel):
    items: list[PostOut]
    limit: int
    offset: int
    total: int


class CommentIn(StrictModel):
    content: CommentBody


class CommentOut(BaseModel):
    id: int
    post_id: int
    author_id: int
    author: str
    content: str
    created_at: str


class Pagination(BaseModel):
    limit: int = Field(20, ge=1, le=100)
    offset: int = Field(0, ge=0)
