"""All SQL lives here. Every value is bound with ?; nothing user-supplied is formatted into SQL."""

import sqlite3
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Literal

from blog.models import CommentOut, PostOut

PostSort = Literal["new", "old", "title"]

_POST_ORDER: dict[str, str] = {
    "new": "p.created_at DESC, p.id DESC",
    "old": "p.created_at ASC, p.id ASC",
    "title": "p.title COLLATE NOCASE ASC, p.id ASC",
}

_POST_SELECT = """
SELECT p.id, p.author_id, u.username AS author, p.title, p.content,
       (SELECT COUNT(*) FROM comments c WHERE c.post_id = p.id) AS comment_count,
       p.created_at, p.updated_at
FROM posts p
JOIN users u ON u.id = p.author_id
"""


@dataclass(frozen=True, slots=True)
class User:
    id: int
    username: str
    created_at: str


@dataclass(frozen=True, slots=True)
class UserWithHash:
    user: User
    password_hash: str


class UsernameTaken(Exception):
    pass


def now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="microseconds")


# --- users and sessions -------------------------------------------------------


def create_user(conn: sqlite3.Connection, username: str, password_hash: str) -> User:
    created = now()
    try:
        with conn:
            cur = conn.execute(
                "INSERT INTO users (username, password_hash, created_at) VALUES (?, ?, ?)",
                (username, password_hash, created),
            )
    except sqlite3.IntegrityError as e:
        raise UsernameTaken(username) from e
    assert cur.lastrowid is not None
    return User(id=cur.lastrowid, username=username, created_at=created)


def user_by_username(conn: sqlite3.Connection, username: str) -> UserWithHash | None:
    row = conn.execute(
        "SELECT id, username, created_at, password_hash FROM users WHERE username = ?",
        (username,),
    ).fetchone()
    if row is None:
        return None
    return UserWithHash(
        user=User(id=row["id"], username=row["username"], created_at=row["created_at"]),
        password_hash=row["password_hash"],
    )


def create_session(conn: sqlite3.Connection, token_hash: str, user_id: int, expires_at: str) -> None:
    with conn:
        conn.execute("DELETE FROM sessions WHERE user_id = ? AND expires_at <= ?", (user_id, now()))
        conn.execute(
            "INSERT INTO sessions (token_hash, user_id, expires_at) VALUES (?, ?, ?)",
            (token_hash, user_id, expires_at),
        )


def user_by_session(conn: sqlite3.Connection, token_hash: str) -> User | None:
    row = conn.execute(
        """
        SELECT u.id, u.username, u.created_at
        FROM sessions s JOIN users u ON u.id = s.user_id
        WHERE s.token_hash = ? AND s.expires_at > ?
        """,
        (token_hash, now()),
    ).fetchone()
    if row is None:
        return None
    return User(id=row["id"], username=row["username"], created_at=row["created_at"])


def delete_session(conn: sqlite3.Connection, token_hash: str) -> None:
    with conn:
        conn.execute("DELETE FROM sessions WHERE token_hash = ?", (token_hash,))


# --- posts ------------------------------------------------------------------------


def _post(row: sqlite3.Row) -> PostOut:
    return PostOut(
        id=row["id"],
        author_id=row["author_id"],
        author=row["author"],
        title=row["title"],
        content=row["content"],
        comment_count=row["comment_count"],
        created_at=row["created_at"],
        updated_at=row["updated_at"],
    )


def count_posts(conn: sqlite3.Connection) -> int:
    (n,) = conn.execute("SELECT COUNT(*) FROM posts").fetchone()
    return int(n)


def list_posts(conn: sqlite3.Connection, limit: int, offset: int, sort: PostSort) -> list[PostOut]:
    order = _POST_ORDER[sort]
    rows = conn.execute(f"{_POST_SELECT} ORDER BY {order} LIMIT ? OFFSET ?", (limit, offset)).fetchall()
    return [_post(r) for r in rows]


def get_post(conn: sqlite3.Connection, post_id: int) -> PostOut | None:
    row = conn.execute(f"{_POST_SELECT} WHERE p.id = ?", (post_id,)).fetchone()
    return _post(row) if row is not None else None


def post_author(conn: sqlite3.Connection, post_id: int) -> int | None:
    row = conn.execute("SELECT author_id FROM posts WHERE id = ?", (post_id,)).fetchone()
    return int(row["author_id"]) if row is not None else None


def insert_post(conn: sqlite3.Connection, author_id: int, title: str, content: str) -> int:
    ts = now()
    with conn:
        cur = conn.execute(
            "INSERT INTO posts (author_id, title, content, created_at, updated_at) VALUES (?, ?, ?, ?, ?)",
            (author_id, title, content, ts, ts),
        )
    assert cur.lastrowid is not None
    return cur.lastrowid


def update_post(conn: sqlite3.Connection, post_id: int, title: str | None, content: str | None) -> None:
    with conn:
        conn.execute(
            """
            UPDATE posts
            SET title = COALESCE(?, title),
                content = COALESCE(?, content),
                updated_at = ?
            WHERE id = ?
            """,
            (title, content, now(), post_id),
        )


def delete_post(conn: sqlite3.Connection, post_id: int) -> None:
    with conn:
        conn.execute("DELETE FROM posts WHERE id = ?", (post_id,))


# --- comments -----------------------------------------------------------------------


def count_comments(conn: sqlite3.Connection, post_id: int) -> int:
    (n,) = conn.execute("SELECT COUNT(*) FROM comments WHERE post_id = ?", (post_id,)).fetchone()
    return int(n)


def list_comments(conn: sqlite3.Connection, post_id: int, limit: int, offset: int) -> list[CommentOut]:
    rows = conn.execute(
        """
        SELECT c.id, c.post_id, c.author_id, u.username AS author, c.body, c.created_at
        FROM comments c JOIN users u ON u.id = c.author_id
        WHERE c.post_id = ?
        ORDER BY c.id ASC
        LIMIT ? OFFSET ?
        """,
        (post_id, limit, offset),
    ).fetchall()
    return [
        CommentOut(
            id=r["id"],
            post_id=r["post_id"],
            author_id=r["author_id"],
            author=r["author"],
            body=r["body"],
            created_at=r["created_at"],
        )
        for r in rows
    ]


def insert_comment(conn: sqlite3.Connection, post_id: int, author_id: int, body: str) -> CommentOut:
    ts = now()
    with conn:
        cur = conn.execute(
            "INSERT INTO comments (post_id, author_id, body, created_at) VALUES (?, ?, ?, ?)",
            (post_id, author_id, body, ts),
        )
    row = conn.execute(
        """
        SELECT c.id, c.post_id, c.author_id, u.username AS author, c.body, c.created_at
        FROM comments c JOIN users u ON u.id = c.author_id
        WHERE c.id = ?
        """,
        (cur.lastrowid,),
    ).fetchone()
    return CommentOut(
        id=row["id"],
        post_id=row["post_id"],
        author_id=row["author_id"],
        author=row["author"],
        body=row["body"],
        created_at=row["created_at"],
    )
