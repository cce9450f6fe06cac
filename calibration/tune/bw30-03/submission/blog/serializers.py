"""Pydantic 'serializers'. Read serializers use from_attributes (ModelSerializer-ish)."""
from datetime import datetime
from typing import Generic, TypeVar

from pydantic import BaseModel, ConfigDict, Field, field_validator

T = TypeVar("T")


class ModelSerializer(BaseModel):
    model_config = ConfigDict(from_attributes=True)


# --- users --------------------------------------------------------------

class UserSerializer(ModelSerializer):
    id: int
    username: str


class RegisterSerializer(BaseModel):
    username: str = Field(min_length=3, max_length=150, pattern=r"^[\w.@+-]+$")
    password: str = Field(min_length=8, max_length=128)


class TokenSerializer(BaseModel):
    access_token: str
    token_type: str = "bearer"


# --- posts --------------------------------------------------------------

def _not_blank(v: str | None) -> str | None:
    if v is not None and not v.strip():
        raise ValueError("may not be blank")
    return v


class PostSerializer(ModelSerializer):
    id: int
    title: str
    content: str
    author: UserSerializer
    created: datetime
    modified: datetime


class PostCreateSerializer(BaseModel):
    title: str = Field(min_length=1, max_length=200)
    content: str = Field(min_length=1)

    _check_blank = field_validator("title", "content")(_not_blank)


class PostUpdateSerializer(BaseModel):
    """PATCH semantics (partial=True)."""

    title: str | None = Field(default=None, min_length=1, max_length=200)
    content: str | None = Field(default=None, min_length=1)

    _check_blank = field_validator("title", "content")(_not_blank)


# --- comments -----------------------------------------------------------

class CommentSerializer(ModelSerializer):
    id: int
    post_id: int
    author: UserSerializer
    body: str
    created: datetime


class CommentCreateSerializer(BaseModel):
    body: str = Field(min_length=1, max_length=5000)

    _check_blank = field_validator("body")(_not_blank)


# --- pagination ---------------------------------------------------------

class PaginatedResponse(BaseModel, Generic[T]):
    count: int
    next: str | None
    previous: str | None
    results: list[T]
