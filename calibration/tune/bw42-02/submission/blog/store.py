"""The imperative shell: every function in this module performs IO against SQLite."""
from __future__ import annotations

import sqlite3
from datetime import datetime

from blog.types import (
    AuthoredPost,
    Comment,
    CommentId,
    Conflict,
    DomainError,
    Err,
    Ok,
    Post,
    PostId,
    Result,
    User,
    UserId,
    Username,
)

SCHEMA = """
CREATE TABLE IF NOT EXISTS users (
    id            INTEGER PRIMARY KEY,
    username      TEXT    NOT NULL UNIQUE,
    password_hash TEXT    NOT NULL
);
CREATE TABLE IF NOT EXISTS posts (
    id         INTEGER PRIMARY KEY,
    author_id  INTEGER NOT NULL REFERENCES users(id),
    title      TEXT    NOT NULL,
    content    TEXT    NOT NULL,
    created_at TEXT    NOT NULL,
    updated_at TEXT    NOT NULL
);
CREATE TABLE IF NOT EXISTS comments (
    id         INTEGER PRIMARY KEY,
    post_id    INTEGER NOT NULL REFERENCES posts(id) ON DELETE CASCADE,
    author_id  INTEGER NOT NULL REFERENCES users(id),
    content    TEXT    NOT NULL,
    created_at TEXT    NOT NULL
);
"""


def connect(path: str) -> sqlite3.Connection:
    conn = sqlite3.connect(path, check_same_thread=False)
    conn.row_factory = sqlite3.Row
    conn.execute("PRAGMA foreign_keys = ON")
    return conn


def migrate(conn: sqlite3.Connection) -> None:
    conn.executescript(SCHEMA)


def _user(row: sqlite3.Row) -> User:
    return User(UserId(row["id"]), Username(row["username"]), row["password_hash"])


def _post(row: sqlite3.Row) -> Post:
    return Post(
        id=PostId(row["id"]),
        author_id=UserId(row["author_id"]),
        title=row["title"],
        content=row["content"],
        created_at=datetime.fromisoformat(row["created_at"]),
        updated_at=datetime.fromisoformat(row["updated_at"]),
    )


def _comment(row: sqlite3.Row) -> Comment:
    return Comment(
        id=CommentId(row["id"]),
        post_id=PostId(row["post_id"]),
        author_id=UserId(row["author_id"]),
        content=row["content"],
        created_at=datetime.fromisoformat(row["created_at"]),
    )


# -- users -------------------------------------------------------------------------

def insert_user(
    conn: sqlite3.Connection, username: Username, password_hash: str
) -> Result[User, DomainError]:
    try:
        with conn:
            cur = conn.execute(
                "INSERT INTO users (username, password_hash) VALUES (?, ?)",
                (username, password_hash),
            )
    except sqlite3.IntegrityError:
        return Err(Conflict("username already taken"))
    return Ok(User(UserId(cur.lastrowid or 0), username, password_hash))


def user_by_name(conn: sqlite3.Connection, username: str) -> User | None:
    row = conn.execute("SELECT * FROM users WHERE username = ?", (username,)).fetchone()
    return None if row is None else _user(row)


def user_by_id(conn: sqlite3.Connection, user_id: UserId) -> User | None:
    row = conn.execute("SELECT * FROM users WHERE id = ?", (user_id,)).fetchone()
    return None if row is None else _user(row)


# -- posts -------------------------------------------------------------------------

def all_posts(conn: sqlite3.Connection) -> list[Post]:
    return [_post(r) for r in conn.execute("SELECT * FROM posts").fetchall()]


def post_by_id(conn: sqlite3.Connection, post_id: PostId) -> Post | None:
    row = conn.execute("SELECT * FROM posts WHERE id = ?", (post_id,)).fetchone()
    return None if row is None else _post(row)


def with_author(conn: sqlite3.Connection, post: Post) -> AuthoredPost:
    author = user_by_id(conn, post.author_id)
    return AuthoredPost(post, author.username if author else Username("[deleted]"))


def insert_post(
    conn: sqlite3.Connection, author: UserId, title: str, content: str, now: datetime
) -> Post:
    with conn:
        cur = conn.execute(
            "INSERT INTO posts (author_id, title, content, created_at, updated_at)"
            " VALUES (?, ?, ?, ?, ?)",
            (author, title, content, now.isoformat(), now.isoformat()),
        )
    return Post(PostId(cur.lastrowid or 0), author, title, content, now, now)


def save_post(conn: sqlite3.Connection, post: Post) -> Post:
    with conn:
        conn.execute(
            "UPDATE posts SET title = ?, content = ?, updated_at = ? WHERE id = ?",
            (post.title, post.content, post.updated_at.isoformat(), post.id),
        )
    return post


def delete_post(conn: sqlite3.Connection, post_id: PostId) -> None:
    with conn:
        conn.execute("DELETE FROM posts WHERE id = ?", (post_id,))


# -- comments ----------------------------------------------------------------------

def comments_for(conn: sqlite3.Connection, post_id: PostId) -> list[Comment]:
    rows = conn.execute(
        "SELECT * FROM comments WHERE post_id = ? ORDER BY created_at, id", (post_id,)
    ).fetchall()
    return [_comment(r) for r in rows]


def insert_comment(
    conn: sqlite3.Connection, post_id: PostId, author: UserId, content: str, now: datetime
) -> Comment:
    with conn:
        cur = conn.execute(
            "INSERT INTO comments (post_id, author_id, content, created_at) VALUES (?, ?, ?, ?)",
            (post_id, author, content, now.isoformat()),
        )
    return Comment(CommentId(cur.lastrowid or 0), post_id, author, content, now)
