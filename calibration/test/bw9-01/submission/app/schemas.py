"""Request and response shapes (think: strong params + serializers)."""
from datetime import datetime

from pydantic import BaseModel, ConfigDict, Field, field_validator

USERNAME_PATTERN = r"^[A-Za-z0-9_.-]+$"


class ORMModel(BaseModel):
    model_config = ConfigDict(from_attributes=True)


# --- users / auth -----------------------------------------------------------


class UserCreate(BaseModel):
    username: str = Field(min_length=3, max_length=32, pattern=USERNAME_PATTERN)
    password: str = Field(min_length=8, max_length=72)

    @field_validator("password")
    @classmethod
    def fits_in_bcrypt(cls, value: str) -> str:
        # Same rule as ActiveModel::SecurePassword: bcrypt only looks at the
        # first 72 *bytes*, so refuse anything longer instead of silently
        # truncating it.
        if len(value.encode("utf-8")) > 72:
            raise ValueError("password must be at most 72 bytes")
        return value


class UserOut(ORMModel):
    id: int
    username: str


class Token(BaseModel):
    access_token: str
    token_type: str = "bearer"


# --- posts ------------------------------------------------------------------


class PostCreate(BaseModel):
    title: str = Field(min_length=1, max_length=200)
    content: str = Field(min_length=1, max_length=20_000)


class PostUpdate(PostCreate):
    """PUT replaces the editable fields, so both are required."""


class PostOut(ORMModel):
    id: int
    title: str
    content: str
    author: UserOut
    created_at: datetime
    updated_at: datetime


# --- comments ---------------------------------------------------------------


class CommentCreate(BaseModel):
    body: str = Field(min_length=1, max_length=2000)


class CommentOut(ORMModel):
    id: int
    post_id: int
    body: str
    author: UserOut
    created_at: datetime


class PostDetail(PostOut):
    """A single post, rendered with its comments (`include: :comments`)."""

    comments: list[CommentOut]


class ErrorOut(BaseModel):
    detail: str
