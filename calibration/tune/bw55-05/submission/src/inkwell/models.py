"""Persistence models. The wire contract lives in ``schemas.py``."""

from datetime import UTC, datetime

from sqlmodel import Field, Relationship, SQLModel


def utcnow() -> datetime:
    return datetime.now(UTC)


class User(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    username: str = Field(max_length=32, unique=True, index=True)
    password_hash: str = Field(max_length=60)
    created_at: datetime = Field(default_factory=utcnow)


class Post(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    title: str = Field(max_length=200)
    content: str
    author_id: int = Field(foreign_key="user.id", index=True, ondelete="CASCADE")
    created_at: datetime = Field(default_factory=utcnow, index=True)
    updated_at: datetime | None = None

    author: User = Relationship()
    comments: list["Comment"] = Relationship(back_populates="post", cascade_delete=True)


class Comment(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    content: str = Field(max_length=2000)
    post_id: int = Field(foreign_key="post.id", index=True, ondelete="CASCADE")
    author_id: int = Field(foreign_key="user.id", index=True, ondelete="CASCADE")
    created_at: datetime = Field(default_factory=utcnow)

    post: Post = Relationship(back_populates="comments")
    author: User = Relationship()


class RefreshToken(SQLModel, table=True):
    """Server-side record of every refresh token issued, so they can be rotated and revoked."""

    jti: str = Field(primary_key=True, max_length=64)
    user_id: int = Field(foreign_key="user.id", index=True, ondelete="CASCADE")
    issued_at: datetime = Field(default_factory=utcnow)
    revoked_at: datetime | None = None
    replaced_by: str | None = Field(default=None, max_length=64)
