"""SQLAlchemy Core tables. Kept separate from the domain dataclasses on purpose (no ORM mapping)."""

from datetime import UTC, datetime

from sqlalchemy import Column, DateTime, Dialect, ForeignKey, Index, MetaData, String, Table, Text, Uuid
from sqlalchemy.types import TypeDecorator


class UTCDateTime(TypeDecorator[datetime]):
    """SQLite drops tzinfo on the way back; everything we store is UTC, so put it back."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is not None and value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        return value


metadata = MetaData()

users = Table(
    "users",
    metadata,
    Column("id", Uuid, primary_key=True),
    Column("username", String(32), nullable=False, unique=True),
    Column("password_hash", String(255), nullable=False),
    Column("created_at", UTCDateTime(), nullable=False),
)

posts = Table(
    "posts",
    metadata,
    Column("id", Uuid, primary_key=True),
    Column("author_id", Uuid, ForeignKey("users.id"), nullable=False),
    Column("title", String(200), nullable=False),
    Column("content", Text, nullable=False),
    Column("created_at", UTCDateTime(), nullable=False),
    Column("updated_at", UTCDateTime(), nullable=True),
    Index("ix_posts_created_at", "created_at"),
)

comments = Table(
    "comments",
    metadata,
    Column("id", Uuid, primary_key=True),
    Column("post_id", Uuid, ForeignKey("posts.id", ondelete="CASCADE"), nullable=False),
    Column("author_id", Uuid, ForeignKey("users.id"), nullable=False),
    Column("content", Text, nullable=False),
    Column("created_at", UTCDateTime(), nullable=False),
    Index("ix_comments_post_id_created_at", "post_id", "created_at"),
)
