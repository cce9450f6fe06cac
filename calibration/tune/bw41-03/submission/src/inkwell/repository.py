"""Data access functions.

Every function takes an open :class:`sqlite3.Connection` and uses bound parameters for
all values. Functions that write commit their own transaction.
"""

from __future__ import annotations

import sqlite3
from enum import StrEnum
from typing import Final

from inkwell.db import utcnow


class DuplicateUsernameError(Exception):
    """The requested username is already registered."""


class PostNotFoundError(Exception):
    """The post referenced by a write does not exist (any more)."""


class PostOrder(StrEnum):
    """Supported orderings for the post listing."""

    NEWEST = "newest"
    OLDEST = "oldest"


# ORDER BY clauses cannot be bound as parameters, so the only SQL that may reach the
# query is one of these constants, selected by a validated enum member.
_POST_ORDER_BY: Final[dict[PostOrder, str]] = {
    PostOrder.NEWEST: "p.created_at DESC, p.id DESC",
    PostOrder.OLDEST: "p.created_at ASC, p.id ASC",
}

_POST_SELECT: Final = """
    SELECT p.id, p.title, p.content, p.created_at, p.updated_at,
           u.id AS author_id, u.username AS author_username
      FROM posts AS p
      JOIN users AS u ON u.id = p.author_id
"""

_COMMENT_SELECT: Final = """
    SELECT c.id, c.post_id, c.body, c.created_at,
           u.id AS author_id, u.username AS author_username
      FROM comments AS c
      JOIN users AS u ON u.id = c.author_id
"""


# -- users ---------------------------------------------------------------------------


def create_user(conn: sqlite3.Connection, username: str, password_hash: str) -> sqlite3.Row:
    """Insert a user and return it. Raises :class:`DuplicateUsernameError`."""
    try:
        with conn:
            cursor = conn.execute(
                "INSERT INTO users (username, password_hash, created_at) VALUES (?, ?, ?)",
                (username, password_hash, utcnow()),
            )
    except sqlite3.IntegrityError as exc:
        raise DuplicateUsernameError(username) from exc
    user = get_user(conn, _lastrowid(cursor))
    assert user is not None
    return user


def get_user(conn: sqlite3.Connection, user_id: int) -> sqlite3.Row | None:
    return conn.execute(
        "SELECT id, username, password_hash, created_at FROM users WHERE id = ?", (user_id,)
    ).fetchone()


def get_user_by_username(conn: sqlite3.Connection, username: str) -> sqlite3.Row | None:
    return conn.execute(
        "SELECT id, username, password_hash, created_at FROM users WHERE username = ?",
        (username,),
    ).fetchone()


def update_password_hash(conn: sqlite3.Connection, user_id: int, password_hash: str) -> None:
    with conn:
        conn.execute("UPDATE users SET password_hash = ? WHERE id = ?", (password_hash, user_id))


# -- posts ---------------------------------------------------------------------------


def list_posts(
    conn: sqlite3.Connection, *, limit: int, offset: int, order: PostOrder
) -> tuple[list[sqlite3.Row], int]:
    """Return one page of posts (with their authors) and the total number of posts."""
    order_by = _POST_ORDER_BY[order]
    rows = conn.execute(
        f"{_POST_SELECT} ORDER BY {order_by} LIMIT ? OFFSET ?",  # noqa: S608
        (limit, offset),
    ).fetchall()
    (total,) = conn.execute("SELECT COUNT(*) FROM posts").fetchone()
    return rows, total


def get_post(conn: sqlite3.Connection, post_id: int) -> sqlite3.Row | None:
    return conn.execute(f"{_POST_SELECT} WHERE p.id = ?", (post_id,)).fetchone()  # noqa: S608


def post_exists(conn: sqlite3.Connection, post_id: int) -> bool:
    row = conn.execute("SELECT 1 FROM posts WHERE id = ?", (post_id,)).fetchone()
    return row is not None


def create_post(conn: sqlite3.Connection, author_id: int, title: str, content: str) -> sqlite3.Row:
    now = utcnow()
    with conn:
        cursor = conn.execute(
            "INSERT INTO posts (author_id, title, content, created_at, updated_at)"
            " VALUES (?, ?, ?, ?, ?)",
            (author_id, title, content, now, now),
        )
    post = get_post(conn, _lastrowid(cursor))
    assert post is not None
    return post


def update_post(
    conn: sqlite3.Connection, post_id: int, *, title: str | None, content: str | None
) -> sqlite3.Row:
    """Apply a partial update; ``None`` leaves a column unchanged."""
    with conn:
        conn.execute(
            "UPDATE posts"
            "   SET title = COALESCE(?, title), content = COALESCE(?, content), updated_at = ?"
            " WHERE id = ?",
            (title, content, utcnow(), post_id),
        )
    post = get_post(conn, post_id)
    assert post is not None
    return post


def delete_post(conn: sqlite3.Connection, post_id: int) -> None:
    """Delete a post; its comments go with it (ON DELETE CASCADE)."""
    with conn:
        conn.execute("DELETE FROM posts WHERE id = ?", (post_id,))


# -- comments ------------------------------------------------------------------------


def list_comments(
    conn: sqlite3.Connection, post_id: int, *, limit: int, offset: int
) -> tuple[list[sqlite3.Row], int]:
    """Return one page of a post's comments, oldest first, and the post's comment count."""
    rows = conn.execute(
        f"{_COMMENT_SELECT} WHERE c.post_id = ? ORDER BY c.id LIMIT ? OFFSET ?",  # noqa: S608
        (post_id, limit, offset),
    ).fetchall()
    (total,) = conn.execute(
        "SELECT COUNT(*) FROM comments WHERE post_id = ?", (post_id,)
    ).fetchone()
    return rows, total


def create_comment(
    conn: sqlite3.Connection, post_id: int, author_id: int, body: str
) -> sqlite3.Row:
    """Insert a comment. Raises :class:`PostNotFoundError` if the post does not exist.

    The foreign key is what enforces this, so a post deleted concurrently is reported
    the same way as one that never existed.
    """
    try:
        with conn:
            cursor = conn.execute(
                "INSERT INTO comments (post_id, author_id, body, created_at) VALUES (?, ?, ?, ?)",
                (post_id, author_id, body, utcnow()),
            )
    except sqlite3.IntegrityError as exc:
        raise PostNotFoundError(post_id) from exc
    row = conn.execute(
        f"{_COMMENT_SELECT} WHERE c.id = ?", (_lastrowid(cursor),)  # noqa: S608
    ).fetchone()
    assert row is not None
    return row


def _lastrowid(cursor: sqlite3.Cursor) -> int:
    rowid = cursor.lastrowid
    if rowid is None:  # pragma: no cover - sqlite always sets it after an INSERT
        raise RuntimeError("INSERT did not produce a row id")
    return rowid
