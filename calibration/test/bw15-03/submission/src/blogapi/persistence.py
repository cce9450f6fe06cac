"""Relational model and database access.

The schema has three relations::

    user(id, username, password_hash, created_at)
    post(id, author_id -> user.id, title, content, created_at, updated_at)
    comment(id, post_id -> post.id, author_id -> user.id, body, created_at)

Deleting a post deletes its comments (``ON DELETE CASCADE`` at the ORM
level, via ``cascade="all, delete-orphan"``).
"""

from datetime import datetime, timezone

from sqlalchemy import ForeignKey, String, Text, create_engine, event, func, select
from sqlalchemy.orm import (
    DeclarativeBase,
    Mapped,
    joinedload,
    mapped_column,
    relationship,
    sessionmaker,
)
from sqlalchemy.pool import StaticPool


def _utcnow():
    """Timezone-aware current time (UTC)."""
    return datetime.now(timezone.utc)


class Base(DeclarativeBase):
    """Declarative base class for all mapped classes."""


class User(Base):
    """A registered author or commenter."""

    __tablename__ = "user"

    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(32), unique=True, index=True)
    password_hash: Mapped[str] = mapped_column(String(128))
    created_at: Mapped[datetime] = mapped_column(default=_utcnow)


class Post(Base):
    """A blog post, owned by exactly one author."""

    __tablename__ = "post"

    id: Mapped[int] = mapped_column(primary_key=True)
    author_id: Mapped[int] = mapped_column(ForeignKey("user.id"), index=True)
    title: Mapped[str] = mapped_column(String(200))
    content: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(default=_utcnow, index=True)
    updated_at: Mapped[datetime] = mapped_column(default=_utcnow, onupdate=_utcnow)

    author: Mapped[User] = relationship()
    comments: Mapped[list["Comment"]] = relationship(
        back_populates="post", cascade="all, delete-orphan"
    )


class Comment(Base):
    """A comment attached to a post."""

    __tablename__ = "comment"

    id: Mapped[int] = mapped_column(primary_key=True)
    post_id: Mapped[int] = mapped_column(ForeignKey("post.id"), index=True)
    author_id: Mapped[int] = mapped_column(ForeignKey("user.id"))
    body: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(default=_utcnow)

    post: Mapped[Post] = relationship(back_populates="comments")
    author: Mapped[User] = relationship()


def make_session_factory(database_url):
    """Create the engine, the tables and a session factory.

    Parameters
    ----------
    database_url : str
        SQLAlchemy database URL. The special value ``sqlite://`` yields a
        private in-memory database shared by all sessions (useful in tests).

    Returns
    -------
    sqlalchemy.orm.sessionmaker
        Factory producing :class:`sqlalchemy.orm.Session` objects.
    """
    kwargs = {"connect_args": {"check_same_thread": False}}
    if database_url == "sqlite://":
        kwargs["poolclass"] = StaticPool
    engine = create_engine(database_url, **kwargs)

    @event.listens_for(engine, "connect")
    def _enable_foreign_keys(dbapi_connection, _record):
        dbapi_connection.execute("PRAGMA foreign_keys = ON")

    Base.metadata.create_all(engine)
    return sessionmaker(bind=engine, expire_on_commit=False)


# --- queries ---------------------------------------------------------------
#
# Each function receives an open session; transaction boundaries are the
# responsibility of the caller (one transaction per request, see routes).


def page_of_posts(session, limit, offset):
    """Return one page of posts, most recent first, with their authors.

    Parameters
    ----------
    session : sqlalchemy.orm.Session
    limit, offset : int
        Page size and number of rows to skip.

    Returns
    -------
    tuple[list[Post], int]
        The posts of the page and the total number of posts.
    """
    stmt = (
        select(Post)
        .options(joinedload(Post.author))
        .order_by(Post.created_at.desc(), Post.id.desc())
        .limit(limit)
        .offset(offset)
    )
    total = session.scalar(select(func.count()).select_from(Post))
    return list(session.scalars(stmt)), total


def find_post(session, post_id):
    """Fetch a post (with its author) by primary key, or ``None``."""
    stmt = select(Post).options(joinedload(Post.author)).where(Post.id == post_id)
    return session.scalar(stmt)


def page_of_comments(session, post_id, limit, offset):
    """Return one page of a post's comments, oldest first.

    Parameters
    ----------
    session : sqlalchemy.orm.Session
    post_id : int
    limit, offset : int

    Returns
    -------
    tuple[list[Comment], int]
        The comments of the page and the total number of comments of the post.
    """
    stmt = (
        select(Comment)
        .options(joinedload(Comment.author))
        .where(Comment.post_id == post_id)
        .order_by(Comment.id)
        .limit(limit)
        .offset(offset)
    )
    total = session.scalar(
        select(func.count()).select_from(Comment).where(Comment.post_id == post_id)
    )
    return list(session.scalars(stmt)), total


def find_user_by_name(session, username):
    """Fetch a user by (case-sensitive) username, or ``None``."""
    return session.scalar(select(User).where(User.username == username))
