from sqlalchemy import Column, DateTime, ForeignKey, Integer, MetaData, String, Table, Text
from sqlalchemy.orm import registry

from blog_service.domain.entities import Comment, Post, User

metadata = MetaData()
mapper_registry = registry(metadata=metadata)

users_table = Table(
    "users",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("username", String(50), nullable=False, unique=True),
    Column("password_hash", String(255), nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
)

posts_table = Table(
    "posts",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("author_id", Integer, ForeignKey("users.id"), nullable=False),
    Column("title", String(200), nullable=False),
    Column("content", Text, nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("updated_at", DateTime(timezone=True), nullable=True),
)

comments_table = Table(
    "comments",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("post_id", Integer, ForeignKey("posts.id", ondelete="CASCADE"), nullable=False),
    Column("author_id", Integer, ForeignKey("users.id"), nullable=False),
    Column("content", Text, nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
)

_mappers_started = False


def start_mappers() -> None:
    """Classical (imperative) mapping keeps the domain entities free of ORM concerns."""
    global _mappers_started
    if _mappers_started:
        return
    mapper_registry.map_imperatively(User, users_table)
    mapper_registry.map_imperatively(Post, posts_table)
    mapper_registry.map_imperatively(Comment, comments_table)
    _mappers_started = True
