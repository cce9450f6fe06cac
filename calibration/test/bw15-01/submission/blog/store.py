"""Storage layer. Plain SQL over sqlite3, no ORM.

Handlers depend on the small interfaces below, not on SQLiteStore, so tests
(or a future Postgres store) can swap the implementation.
"""
from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Protocol

SCHEMA = (Path(__file__).parent / "schema.sql").read_text()


class ErrNotFound(Exception):
    pass


class ErrConflict(Exception):
    pass


@dataclass(frozen=True, slots=True)
class User:
    id: int
    username: str
    password_hash: str


@dataclass(frozen=True, slots=True)
class Post:
    id: int
    author_id: int
    author: str
    title: str
    content: str
    created_at: str
    updated_at: str


@dataclass(frozen=True, slots=True)
class Comment:
    id: int
    post_id: int
    author: str
    body: str
    created_at: str


class UserStore(Protocol):
    def create_user(self, username: str, password_hash: str) -> User: ...
    def user_by_name(self, username: str) -> User: ...


class SessionStore(Protocol):
    def create_session(self, token_hash: str, user_id: int, expires_at: str) -> None: ...
    def user_by_session(self, token_hash: str, now: str) -> User: ...


class PostStore(Protocol):
    def create_post(self, author_id: int, title: str, content: str) -> Post: ...
    def get_post(self, post_id: int) -> Post: ...
    def list_posts(self, limit: int, offset: int) -> list[Post]: ...
    def update_post(self, post_id: int, fields: dict[str, str]) -> Post: ...
    def delete_post(self, post_id: int) -> None: ...


class CommentStore(Protocol):
    def create_comment(self, post_id: int, author_id: int, body: str) -> Comment: ...
    def list_comments(self, post_id: int) -> list[Comment]: ...


class BlogStore(UserStore, SessionStore, PostStore, CommentStore, Protocol):
    def close(self) -> None: ...


def now_utc() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


# Columns a PATCH may touch. Keys of `fields` are checked against this.
UPDATABLE_POST_COLUMNS = ("title", "content")

POST_SELECT = """
SELECT p.id, p.author_id, u.username, p.title, p.content, p.created_at, p.updated_at
FROM posts p JOIN users u ON u.id = p.author_id
"""


class SQLiteStore:
    """One connection per store; create one store per request."""

    def __init__(self, path: str) -> None:
        # isolation_level=None: autocommit mode, transactions are opened explicitly in tx().
        self.conn = sqlite3.connect(path, isolation_level=None)
        self.conn.execute("PRAGMA foreign_keys = ON")
        self.conn.execute("PRAGMA busy_timeout = 5000")

    def close(self) -> None:
        self.conn.close()

    @contextmanager
    def tx(self) -> Iterator[sqlite3.Cursor]:
        cur = self.conn.cursor()
        cur.execute("BEGIN IMMEDIATE")
        try:
            yield cur
        except BaseException:
            cur.execute("ROLLBACK")
            raise
        else:
            cur.execute("COMMIT")

    # --- users -----------------------------------------------------------

    def create_user(self, username: str, password_hash: str) -> User:
        try:
            with self.tx() as cur:
                cur.execute(
                    "INSERT INTO users (username, password_hash, created_at) VALUES (?, ?, ?)",
                    (username, password_hash, now_utc()),
                )
                uid = cur.lastrowid
        except sqlite3.IntegrityError as e:
            raise ErrConflict("username taken") from e
        assert uid is not None
        return User(id=uid, username=username, password_hash=password_hash)

    def user_by_name(self, username: str) -> User:
        row = self.conn.execute(
            "SELECT id, username, password_hash FROM users WHERE username = ?", (username,)
        ).fetchone()
        if row is None:
            raise ErrNotFound("user")
        return User(*row)

    # --- sessions --------------------------------------------------------

    def create_session(self, token_hash: str, user_id: int, expires_at: str) -> None:
        with self.tx() as cur:
            cur.execute("DELETE FROM sessions WHERE expires_at <= ?", (now_utc(),))
            cur.execute(
                "INSERT INTO sessions (token_hash, user_id, expires_at) VALUES (?, ?, ?)",
                (token_hash, user_id, expires_at),
            )

    def user_by_session(self, token_hash: str, now: str) -> User:
        row = self.conn.execute(
            """SELECT u.id, u.username, u.password_hash
               FROM sessions s JOIN users u ON u.id = s.user_id
               WHERE s.token_hash = ? AND s.expires_at > ?""",
            (token_hash, now),
        ).fetchone()
        if row is None:
            raise ErrNotFound("session")
        return User(*row)

    # --- posts -----------------------------------------------------------

    def create_post(self, author_id: int, title: str, content: str) -> Post:
        ts = now_utc()
        with self.tx() as cur:
            cur.execute(
                "INSERT INTO posts (author_id, title, content, created_at, updated_at)"
                " VALUES (?, ?, ?, ?, ?)",
                (author_id, title, content, ts, ts),
            )
            pid = cur.lastrowid
        assert pid is not None
        return self.get_post(pid)

    def get_post(self, post_id: int) -> Post:
        row = self.conn.execute(POST_SELECT + " WHERE p.id = ?", (post_id,)).fetchone()
        if row is None:
            raise ErrNotFound("post")
        return Post(*row)

    def list_posts(self, limit: int, offset: int) -> list[Post]:
        rows = self.conn.execute(
            POST_SELECT + " ORDER BY p.created_at DESC, p.id DESC LIMIT ? OFFSET ?",
            (limit, offset),
        ).fetchall()
        return [Post(*r) for r in rows]

    def update_post(self, post_id: int, fields: dict[str, str]) -> Post:
        cols = [c for c in UPDATABLE_POST_COLUMNS if c in fields]
        if cols:
            assignments = ", ".join(f"{c} = ?" for c in cols)
            args = [fields[c] for c in cols] + [now_utc(), post_id]
            with self.tx() as cur:
                cur.execute(f"UPDATE posts SET {assignments}, updated_at = ? WHERE id = ?", args)
                if cur.rowcount == 0:
                    raise ErrNotFound("post")
        return self.get_post(post_id)

    def delete_post(self, post_id: int) -> None:
        with self.tx() as cur:
            cur.execute("DELETE FROM posts WHERE id = ?", (post_id,))
            if cur.rowcount == 0:
                raise ErrNotFound("post")

    # --- comments --------------------------------------------------------

    def create_comment(self, post_id: int, author_id: int, body: str) -> Comment:
        with self.tx() as cur:
            exists = cur.execute("SELECT 1 FROM posts WHERE id = ?", (post_id,)).fetchone()
            if exists is None:
                raise ErrNotFound("post")
            cur.execute(
                "INSERT INTO comments (post_id, author_id, body, created_at) VALUES (?, ?, ?, ?)",
                (post_id, author_id, body, now_utc()),
            )
            cid = cur.lastrowid
            row = cur.execute(
                """SELECT c.id, c.post_id, u.username, c.body, c.created_at
                   FROM comments c JOIN users u ON u.id = c.author_id WHERE c.id = ?""",
                (cid,),
            ).fetchone()
        return Comment(*row)

    def list_comments(self, post_id: int) -> list[Comment]:
        self.get_post(post_id)  # 404 if the post is gone
        rows = self.conn.execute(
            """SELECT c.id, c.post_id, u.username, c.body, c.created_at
               FROM comments c JOIN users u ON u.id = c.author_id
               WHERE c.post_id = ? ORDER BY c.id""",
            (post_id,),
        ).fetchall()
        return [Comment(*r) for r in rows]


def migrate(path: str) -> None:
    conn = sqlite3.connect(path)
    try:
        conn.executescript(SCHEMA)
    finally:
        conn.close()
