"""
Wire format of the API.

Each class below describes one JSON document exchanged with clients. Input
models carry the validation constraints; output models deliberately omit any
field that must not leave the server (most importantly, password hashes).
"""

from __future__ import annotations

from datetime import datetime
from typing import Optional

from pydantic import BaseModel, Field

#: Upper bound on the number of items a client may request per page.
MAX_PAGE_SIZE: int = 100
#: Page size used when the client does not specify one.
DEFAULT_PAGE_SIZE: int = 20


class UserCreate(BaseModel):
    """Sign-up request."""

    username: str = Field(..., min_length=3, max_length=32, pattern=r"^[A-Za-z0-9_.-]+$")
    password: str = Field(..., min_length=8, max_length=256)


class UserPublic(BaseModel):
    """A user as seen by other users."""

    id: int
    username: str


class Token(BaseModel):
    """OAuth2 token response (RFC 6749, section 5.1)."""

    access_token: str
    token_type: str = "bearer"


class PostCreate(BaseModel):
    """Payload for publishing a post."""

    title: str = Field(..., min_length=1, max_length=200)
    content: str = Field(..., min_length=1, max_length=20_000)


class PostUpdate(BaseModel):
    """Partial update of a post; omitted (or null) fields are left unchanged."""

    title: Optional[str] = Field(None, min_length=1, max_length=200)
    content: Optional[str] = Field(None, min_length=1, max_length=20_000)


class PostPublic(BaseModel):
    """A post, enriched with its author's name and its number of comments."""

    id: int
    title: str
    content: str
    author: UserPublic
    comment_count: int
    created_at: datetime
    updated_at: Optional[datetime] = None


class CommentCreate(BaseModel):
    """Payload for commenting on a post."""

    content: str = Field(..., min_length=1, max_length=2_000)


class CommentPublic(BaseModel):
    """A comment on a post."""

    id: int
    post_id: int
    author: UserPublic
    content: str
    created_at: datetime
