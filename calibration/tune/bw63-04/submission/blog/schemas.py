from datetime import datetime

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

TITLE_MAX = 200
CONTENT_MAX = 20_000
COMMENT_MAX = 2_000


class _In(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)


class UserCreate(_In):
    username: str = Field(min_length=3, max_length=32, pattern=r"^[A-Za-z0-9_]+$")
    password: str = Field(min_length=10, max_length=256)


class UserOut(BaseModel):
    id: int
    username: str


class Token(BaseModel):
    access_token: str
    token_type: str = "bearer"
    expires_in: int = Field(description="Lifetime in seconds")


class PostCreate(_In):
    title: str = Field(min_length=1, max_length=TITLE_MAX)
    content: str = Field(min_length=1, max_length=CONTENT_MAX)


class PostUpdate(_In):
    """Partial update; at least one field. Fields may be omitted, not nulled."""

    title: str | None = Field(default=None, min_length=1, max_length=TITLE_MAX)
    content: str | None = Field(default=None, min_length=1, max_length=CONTENT_MAX)

    @field_validator("title", "content")
    @classmethod
    def _no_null(cls, v: str | None) -> str | None:
        if v is None:
            raise ValueError("may be omitted but not null")
        return v

    @model_validator(mode="after")
    def _not_empty(self) -> "PostUpdate":
        if not self.model_fields_set:
            raise ValueError("provide title and/or content")
        return self


class PostOut(BaseModel):
    id: int
    title: str
    content: str
    author: UserOut
    created_at: datetime
    updated_at: datetime | None
    comment_count: int


class PostPage(BaseModel):
    items: list[PostOut]
    total: int
    limit: int
    offset: int


class CommentCreate(_In):
    body: str = Field(min_length=1, max_length=COMMENT_MAX)


class CommentOut(BaseModel):
    id: int
    post_id: int
    author: UserOut
    body: str
    created_at: datetime


class CommentPage(BaseModel):
    items: list[CommentOut]
    total: int
    limit: int
    offset: int


class Problem(BaseModel):
    detail: str
