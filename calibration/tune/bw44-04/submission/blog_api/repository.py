"""
Data-access layer.

Every function takes an open :class:`sqlite3.Connection` as first argument and
performs parameterised SQL only; values supplied by clients are always passed
as bound parameters, never interpolated into statement text.

Functions return plain dictionaries shaped like the corresponding output
schema, or ``None`` when the requested row does not exist.
"""

from __future__ import annotations

import sqlite3
from typing import Any, Optional

#: Columns of ``posts`` that a client is allowed to modify.
UPDATABLE_POST_COLUMNS: tuple[str, ...] = ("title", "content")


# --------------------------------------------------------------------- users
def create_user(conn: sqlite3.Connection, username: str, password_hash: str) -> Optional[int]:
    """
    Insert a user.

    Returns
    -------
    int or None
        The new user id, or ``None`` if the username is already taken.
    """
    try:
        cur = conn.execute(
            "INSERT INTO users (username, password_hash) VALUES (?, ?)",
            (username, password_hash),
        )
    except sqlite3.IntegrityError:
        return None
    return int(cur.lastrowid)


def get_user_by_username(conn: sqlite3.Connection, username: str) -> Optional[sqlite3.Row]:
    """Fetch the full user row (including the hash) for authentication."""
    return conn.execute(
        "SELECT id, username, password_hash FROM users WHERE username = ?", (username,)
    ).fetchone()


def get_user_public(conn: sqlite3.Connection, user_id: int) -> Optional[dict[str, Any]]:
    """Fetch the public projection (id, username) of a user."""
    row = conn.execute("SELECT id, username FROM users WHERE id = ?", (user_id,)).fetchone()
    return dict(row) if row else None


# --------------------------------------------------------------------- posts
def _post_to_dict(conn: sqlite3.Connection, row: sqlite3.Row) -> dict[str, Any]:
    """
    Convert a ``posts`` row into the shape of :class:`~blog_api.schemas.PostPublic`.

    The author and the comment count are resolved here so that the HTTP layer
    receives a complete document.
    """
    author = get_user_public(conn, row["author_id"])
    comment_count = conn.execute(
        "SELECT COUNT(*) FROM comments WHERE post_id = ?", (row["id"],)
    ).fetchone()[0]
    return {
        "id": row["id"],
        "title": row["title"],
        "content": row["content"],
        "author": author,
        "comment_count": comment_count,
        "created_at": row["created_at"],
        "updated_at": row["updated_at"],
    }


def create_post(conn: sqlite3.Connection, author_id: int, title: str, content: str) -> dict[str, Any]:
    """Insert a post and return it."""
    cur = conn.execute(
        "INSERT INTO posts (author_id, title, content) VALUES (?, ?, ?)",
        (author_id, title, content),
    )
    post = get_post(conn, int(cur.lastrowid))
    assert post is not None
    return post


def get_post(conn: sqlite3.Connection, post_id: int) -> Optional[dict[str, Any]]:
    """Return one post, or ``None`` if it does not exist."""
    row = conn.execute("SELECT * FROM posts WHERE id = ?", (post_id,)).fetchone()
    return _post_to_dict(conn, row) if row else None


def list_posts(conn: sqlite3.Connection, limit: int, offset: int) -> list[dict[str, Any]]:
    """
    Return a page of posts, most recent first.

    Parameters
    ----------
    limit : int
        Maximum number of posts to return (already validated by the caller).
    offset : int
        Number of posts to skip.
    """
    rows = conn.execute(
        "SELECT * FROM posts ORDER BY created_at DESC, id DESC LIMIT ? OFFSET ?",
        (limit, offset),
    ).fetchall()
    return [_post_to_dict(conn, row) for row in rows]


def update_post(conn: sqlite3.Connection, post_id: int, changes: dict[str, str]) -> Optional[dict[str, Any]]:
    """
    Apply a partial update to a post.

    Only keys listed in :data:`UPDATABLE_POST_COLUMNS` are considered; others
    are silently ignored. Column names come from that fixed tuple, values are
    bound parameters.
    """
    columns = [c for c in UPDATABLE_POST_COLUMNS if c in changes]
    if columns:
        assignments = ", ".join(f"{c} = ?" for c in columns)
        values = [changes[c] for c in columns]
        conn.execute(
            f"UPDATE posts SET {assignments}, updated_at = datetime('now') WHERE id = ?",
            (*values, post_id),
        )
    return get_post(conn, post_id)


def get_post_author_id(conn: sqlite3.Connection, post_id: int) -> Optional[int]:
    """Return the author id of a post, or ``None`` if the post does not exist."""
    row = conn.execute("SELECT author_id FROM posts WHERE id = ?", (post_id,)).fetchone()
    return int(row["author_id"]) if row else None


def delete_post(conn: sqlite3.Connection, post_id: int) -> None:
    """Delete a post; its comments are removed by ``ON DELETE CASCADE``."""
    conn.execute("DELETE FROM posts WHERE id = ?", (post_id,))


# ------------------------------------------------------------------ comments
def create_comment(conn: sqlite3.Connection, post_id: int, author_id: int, content: str) -> dict[str, Any]:
    """Insert a comment and return it."""
    cur = conn.execute(
        "INSERT INTO comments (post_id, author_id, content) VALUES (?, ?, ?)",
        (post_id, author_id, content),
    )
    row = conn.execute("SELECT * FROM comments WHERE id = ?", (cur.lastrowid,)).fetchone()
    return _comment_to_dict(conn, row)


def _comment_to_dict(conn: sqlite3.Connection, row: sqlite3.Row) -> dict[str, Any]:
    """Convert a ``comments`` row into the shape of ``CommentPublic``."""
    return {
        "id": row["id"],
        "post_id": row["post_id"],
        "author": get_user_public(conn, row["author_id"]),
        "content": row["content"],
        "created_at": row["created_at"],
    }


def list_comments(conn: sqlite3.Connection, post_id: int, limit: int, offset: int) -> list[dict[str, Any]]:
    """Return a page of a post's comments, oldest first."""
    rows = conn.execute(
        "SELECT * FROM comments WHERE post_id = ? ORDER BY id LIMIT ? OFFSET ?",
        (post_id, limit, offset),
    ).fetchall()
    return [_comment_to_dict(conn, row) for row in rows]
