"""Persistence layer built on the standard-library :mod:`sqlite3` module.

All functions take an open :class:`sqlite3.Connection` as their first
argument and use parameter binding (``?`` placeholders) for every value.
Rows are returned as :class:`sqlite3.Row` so that columns can be accessed
by name.

Notes
-----
SQLite was chosen because it ships with Python and needs no server. The
schema is created on start-up with ``CREATE TABLE IF NOT EXISTS``; there
are no migrations.
"""

from __future__ import annotations

import os
import sqlite3
from datetime import datetime, timezone

__all__ = [
    "SCHEMA",
    "connect",
    "init_schema",
    "create_user",
    "get_user_by_username",
    "get_username",
    "store_token",
    "get_user_by_token",
    "create_post",
    "get_post",
    "list_posts",
    "update_post",
    "delete_post",
    "create_comment",
    "list_comments",
    "count_comments",
]

SCHEMA = """
CREATE TABLE IF NOT EXISTS users (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    username      TEXT    NOT NULL UNIQUE,
    password_hash TEXT    NOT NULL,
    created_at    TEXT    NOT NULL
);
CREATE TABLE IF NOT EXISTS tokens (
    token      TEXT    PRIMARY KEY,
    user_id    INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    created_at TEXT    NOT NULL
);
CREATE TABLE IF NOT EXISTS posts (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    author_id  INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    title      TEXT    NOT NULL,
    content    TEXT    NOT NULL,
    created_at TEXT    NOT NULL,
    updated_at TEXT
);
CREATE TABLE IF NOT EXISTS comments (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    post_id    INTEGER NOT NULL REFERENCES posts (id) ON DELETE CASCADE,
    author_id  INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    body       TEXT    NOT NULL,
    created_at TEXT    NOT NULL
);
"""

#: Columns of ``posts`` that :func:`update_post` is allowed to modify.
UPDATABLE_POST_COLUMNS: tuple[str, ...] = ("title", "content")


def _now() -> str:
    """Return the current UTC time as an ISO 8601 string.

    Returns
    -------
    str
        Timestamp such as ``'2024-05-01T12:00:00.000000+00:00'``.
    """
    return datetime.now(timezone.utc).isoformat(timespec="microseconds")


def connect(path: str | os.PathLike[str] | None = None) -> sqlite3.Connection:
    """Open a connection to the blog database and create the schema.

    Parameters
    ----------
    path : str or os.PathLike, optional
        Location of the database file. Defaults to the ``BLOG_DB_PATH``
        environment variable, or ``blog.db`` in the working directory.
        Use ``":memory:"`` for a throw-away database.

    Returns
    -------
    sqlite3.Connection
        A connection with ``row_factory`` set to :class:`sqlite3.Row` and
        foreign keys enabled.
    """
    if path is None:
        path = os.environ.get("BLOG_DB_PATH", "blog.db")
    conn = sqlite3.connect(path, check_same_thread=False)
    conn.row_factory = sqlite3.Row
    conn.execute("PRAGMA foreign_keys = ON")
    init_schema(conn)
    return conn


def init_schema(conn: sqlite3.Connection) -> None:
    """Create all tables if they do not exist yet.

    Parameters
    ----------
    conn : sqlite3.Connection
        Open database connection.
    """
    conn.executescript(SCHEMA)
    conn.commit()


# --------------------------------------------------------------------- users


def create_user(conn: sqlite3.Connection, username: str, password_hash: str) -> int:
    """Insert a new user.

    Parameters
    ----------
    conn : sqlite3.Connection
        Open database connection.
    username : str
        Unique user name.
    password_hash : str
        Encoded hash as produced by :func:`blogapi.security.hash_password`.

    Returns
    -------
    int
        Primary key of the new user.

    Raises
    ------
    sqlite3.IntegrityError
        If the user name is already taken.
    """
    cur = conn.execute(
        "INSERT INTO users (username, password_hash, created_at) VALUES (?, ?, ?)",
        (username, password_hash, _now()),
    )
    conn.commit()
    return int(cur.lastrowid)


def get_user_by_username(conn: sqlite3.Connection, username: str) -> sqlite3.Row | None:
    """Look a user up by name.

    Parameters
    ----------
    conn : sqlite3.Connection
        Open database connection.
    username : str
        User name to look for.

    Returns
    -------
    sqlite3.Row or None
        Row with ``id``, ``username`` and ``password_hash``, or ``None``.
    """
    return conn.execute(
        "SELECT id, username, password_hash FROM users WHERE username = ?",
        (username,),
    ).fetchone()


def get_username(conn: sqlite3.Connection, user_id: int) -> str:
    """Return the user name belonging to ``user_id``.

    Parameters
    ----------
    conn : sqlite3.Connection
        Open database connection.
    user_id : int
        Primary key of the user.

    Returns
    -------
    str
        The user name, or ``'[deleted]'`` if the user no longer exists.
    """
    row = conn.execute("SELECT username FROM users WHERE id = ?", (user_id,)).fetchone()
    return row["username"] if row is not None else "[deleted]"


# -------------------------------------------------------------------- tokens


def store_token(conn: sqlite3.Connection, token: str, user_id: int) -> None:
    """Persist an access token for ``user_id``.

    Parameters
    ----------
    conn : sqlite3.Connection
        Open database connection.
    token : str
        Opaque token string.
    user_id : int
        Owner of the token.
    """
    conn.execute(
        "INSERT INTO tokens (token, user_id, created_at) VALUES (?, ?, ?)",
        (token, user_id, _now()),
    )
    conn.commit()


def get_user_by_token(conn: sqlite3.Connection, token: str) -> sqlite3.Row | None:
    """Resolve an access token to its user.

    Parameters
    ----------
    conn : sqlite3.Connection
        Open database connection.
    token : str
        Opaque token presented by the client.

    Returns
    -------
    sqlite3.Row or None
        Row with ``id`` and ``username``, or ``None`` for an unknown token.
    """
    return conn.execute(
        "SELECT users.id, users.username FROM tokens "
        "JOIN users ON users.id = tokens.user_id WHERE tokens.token = ?",
        (token,),
    ).fetchone()


# --------------------------------------------------------------------- posts


def create_post(conn: sqlite3.Connection, author_id: int, title: str, content: str) -> int:
    """Insert a post.

    Parameters
    ----------
    conn : sqlite3.Connection
        Open database connection.
    author_id : int
        Primary key of the author.
    title, content : str
        Post title and body.

    Returns
    -------
    int
        Primary key of the new post.
    """
    cur = conn.execute(
        "INSERT INTO posts (author_id, title, content, created_at) VALUES (?, ?, ?, ?)",
        (author_id, title, content, _now()),
    )
    conn.commit()
    return int(cur.lastrowid)


def get_post(conn: sqlite3.Connection, post_id: int) -> sqlite3.Row | None:
    """Fetch a single post.

    Parameters
    ----------
    conn : sqlite3.Connection
        Open database connection.
    post_id : int
        Primary key of the post.

    Returns
    -------
    sqlite3.Row or None
        The post row, or ``None`` if it does not exist.
    """
    return conn.execute(
        "SELECT id, author_id, title, content, created_at, updated_at "
        "FROM posts WHERE id = ?",
        (post_id,),
    ).fetchone()


def list_posts(conn: sqlite3.Connection, limit: int, offset: int) -> list[sqlite3.Row]:
    """Return one page of posts, newest first.

    Parameters
    ----------
    conn : sqlite3.Connection
        Open database connection.
    limit : int
        Maximum number of rows to return.
    offset : int
        Number of rows to skip.

    Returns
    -------
    list of sqlite3.Row
        Post rows ordered by descending id.
    """
    return conn.execute(
        "SELECT id, author_id, title, content, created_at, updated_at "
        "FROM posts ORDER BY id DESC LIMIT ? OFFSET ?",
        (limit, offset),
    ).fetchall()


def update_post(conn: sqlite3.Connection, post_id: int, **fields: str) -> None:
    """Update some columns of a post.

    Parameters
    ----------
    conn : sqlite3.Connection
        Open database connection.
    post_id : int
        Primary key of the post.
    **fields : str
        Column/value pairs. Keys must be in :data:`UPDATABLE_POST_COLUMNS`.

    Raises
    ------
    ValueError
        If a key is not an updatable column.

    Notes
    -----
    Column names cannot be bound as parameters, so they are interpolated
    into the statement. That is safe only because every key is checked
    against :data:`UPDATABLE_POST_COLUMNS` first; the values themselves are
    always bound.
    """
    unknown = set(fields) - set(UPDATABLE_POST_COLUMNS)
    if unknown:
        raise ValueError(f"cannot update column(s) {sorted(unknown)}")
    if not fields:
        return
    assignments = ", ".join(f"{column} = ?" for column in fields)
    conn.execute(
        f"UPDATE posts SET {assignments}, updated_at = ? WHERE id = ?",
        (*fields.values(), _now(), post_id),
    )
    conn.commit()


def delete_post(conn: sqlite3.Connection, post_id: int) -> None:
    """Delete a post and, through ``ON DELETE CASCADE``, its comments.

    Parameters
    ----------
    conn : sqlite3.Connection
        Open database connection.
    post_id : int
        Primary key of the post.
    """
    conn.execute("DELETE FROM posts WHERE id = ?", (post_id,))
    conn.commit()


# ------------------------------------------------------------------ comments


def create_comment(conn: sqlite3.Connection, post_id: int, author_id: int, body: str) -> int:
    """Insert a comment.

    Parameters
    ----------
    conn : sqlite3.Connection
        Open database connection.
    post_id : int
        Post being commented on. The caller must check that it exists.
    author_id : int
        Primary key of the commenting user.
    body : str
        Comment text.

    Returns
    -------
    int
        Primary key of the new comment.
    """
    cur = conn.execute(
        "INSERT INTO comments (post_id, author_id, body, created_at) VALUES (?, ?, ?, ?)",
        (post_id, author_id, body, _now()),
    )
    conn.commit()
    return int(cur.lastrowid)


def list_comments(
    conn: sqlite3.Connection, post_id: int, limit: int, offset: int
) -> list[sqlite3.Row]:
    """Return one page of a post's comments, oldest first.

    Parameters
    ----------
    conn : sqlite3.Connection
        Open database connection.
    post_id : int
        Primary key of the post.
    limit : int
        Maximum number of rows to return.
    offset : int
        Number of rows to skip.

    Returns
    -------
    list of sqlite3.Row
        Comment rows ordered by ascending id.
    """
    return conn.execute(
        "SELECT id, post_id, author_id, body, created_at FROM comments "
        "WHERE post_id = ? ORDER BY id LIMIT ? OFFSET ?",
        (post_id, limit, offset),
    ).fetchall()


def count_comments(conn: sqlite3.Connection, post_id: int) -> int:
    """Count the comments on a post.

    Parameters
    ----------
    conn : sqlite3.Connection
        Open database connection.
    post_id : int
        Primary key of the post.

    Returns
    -------
    int
        Number of comments.
    """
    (n,) = conn.execute(
        "SELECT COUNT(*) FROM comments WHERE post_id = ?", (post_id,)
    ).fetchone()
    return int(n)
