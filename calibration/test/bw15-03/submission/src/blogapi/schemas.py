"""Wire format (request and response bodies).

Length limits are deliberately generous but finite, so that a single
request cannot store an arbitrarily large document.
"""

from datetime import datetime

from pydantic import BaseModel, ConfigDict, Field

USERNAME_PATTERN = r"^[A-Za-z0-9_]{3,32}$"


class UserCreate(BaseModel):
    """Registration request."""

    username: str = Field(pattern=USERNAME_PATTERN, examples=["ada_l"])
    password: str = Field(min_length=8, max_length=256)


class UserRead(BaseModel):
    """Public view of a user. The password hash is never exposed."""

    model_config = ConfigDict(from_attributes=True)

    id: int
    username: str
    created_at: datetime


class Token(BaseModel):
    """OAuth2 token response (RFC 6749, section 5.1)."""

    access_token: str
    token_type: str = "bearer"
    expires_in: int


class PostCreate(BaseModel):
    """Body of a new post."""

    title: str = Field(min_length=1, max_length=200)
    content: str = Field(min_length=1, max_length=100_000)


class PostUpdate(BaseModel):
    """Partial update of a post; omitted fields are left unchanged."""

    title: str | None = Field(default=None, min_length=1, max_length=200)
    content: str | None = Field(default=None, min_length=1, max_length=100_000)


class PostRead(BaseModel):
    """A post as returned to clients."""

    model_config = ConfigDict(from_attributes=True)

    id: int
    title: str
    content: str
    author: UserRead
    created_at: datetime
    updated_at: datetime


class CommentCreate(BaseModel):
    """Body of a new comment."""

    body: str = Field(min_length=1, max_length=10_000)


class CommentRead(BaseModel):
    """A comment as returned to clients."""

    model_config = ConfigDict(from_attributes=True)

    id: int
    post_id: int
    body: str
    author: UserRead
    created_at: datetime


class PostPage(BaseModel):
    """One page of posts, plus the information needed to request the next."""

    items: list[PostRead]
    total: int
    limit: int
    offset: int


class CommentPage(BaseModel):
    """One page of comments."""

    items: list[CommentRead]
    total: int
    limit: int
    offset: int


class Problem(BaseModel):
    """Error body (FastAPI's default ``{"detail": ...}`` shape)."""

    detail: str
