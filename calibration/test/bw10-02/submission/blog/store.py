"""SQLite storage. Every method either returns a value or raises one of the
errors in errors.py; nothing here knows about HTTP."""

import sqlite3

from .errors import ConflictError, ForbiddenError, NotFoundError
from .models import CommentOut, PostOut, UserOut

SCHEMA = """
CREATE TABLE IF NOT EXISTS users (
    id            INTEGER PRIMARY KEY,
    username      TEXT NOT NULL UNIQUE,
    password_hash TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS posts (
    id        INTEGER PRIMARY KEY,
    author_id INTEGER NOT NULL REFERENCES users(id),
    title     TEXT NOT NULL,
    content   TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS comments (
    id        INTEGER PRIMARY KEY,
    post_id   INTEGER NOT NULL REFERENCES posts(id) ON DELETE CASCADE,
    author_id INTEGER NOT NULL REFERENCES users(id),
    body      TEXT NOT NULL
);
"""


def connect(path: str) -> sqlite3.Connection:
    # check_same_thread=False: FastAPI may open the connection in one worker
    # thread and run the handler in another. Each request gets its own
    # connection, so it is never shared concurrently.
    conn = sqlite3.connect(path, check_same_thread=False)
    conn.row_factory = sqlite3.Row
    conn.execute("PRAGMA foreign_keys = ON")
    return conn


def migrate(path: str) -> None:
    conn = connect(path)
    try:
        conn.executescript(SCHEMA)
    finally:
        conn.close()


class Store:
    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    # users

    def create_user(self, username: str, password_hash: str) -> UserOut:
        try:
            with self.conn:
                cur = self.conn.execute(
                    "INSERT INTO users (username, password_hash) VALUES (?, ?)",
                    (username, password_hash),
                )
        except sqlite3.IntegrityError as exc:
            raise ConflictError(f"username {username!r} is taken") from exc
        return UserOut(id=cur.lastrowid, username=username)

    def user_credentials(self, username: str) -> tuple[int, str]:
        row = self.conn.execute(
            "SELECT id, password_hash FROM users WHERE username = ?", (username,)
        ).fetchone()
        if row is None:
            raise NotFoundError("user not found")
        return row["id"], row["password_hash"]

    def user_exists(self, user_id: int) -> bool:
        row = self.conn.execute("SELECT 1 FROM users WHERE id = ?", (user_id,)).fetchone()
        return row is not None

    def username(self, user_id: int) -> str:
        row = self.conn.execute("SELECT username FROM users WHERE id = ?", (user_id,)).fetchone()
        if row is None:
            raise NotFoundError("user not found")
        return row["username"]

    # posts

    def list_posts(self, limit: int, offset: int) -> list[PostOut]:
        rows = self.conn.execute(
            """SELECT p.id, p.title, p.content, u.username AS author
                 FROM posts p JOIN users u ON u.id = p.author_id
                ORDER BY p.id DESC
                LIMIT ? OFFSET ?""",
            (limit, offset),
        ).fetchall()
        return [PostOut(**dict(r)) for r in rows]

    def get_post(self, post_id: int) -> PostOut:
        row = self.conn.execute(
            """SELECT p.id, p.title, p.content, u.username AS author
                 FROM posts p JOIN users u ON u.id = p.author_id
                WHERE p.id = ?""",
            (post_id,),
        ).fetchone()
        if row is None:
            raise NotFoundError(f"post {post_id} not found")
        return PostOut(**dict(row))

    def create_post(self, author_id: int, title: str, content: str) -> PostOut:
        with self.conn:
            cur = self.conn.execute(
                "INSERT INTO posts (author_id, title, content) VALUES (?, ?, ?)",
                (author_id, title, content),
            )
        return self.get_post(cur.lastrowid)

    def _check_author(self, post_id: int, user_id: int) -> None:
        row = self.conn.execute("SELECT author_id FROM posts WHERE id = ?", (post_id,)).fetchone()
        if row is None:
            raise NotFoundError(f"post {post_id} not found")
        if row["author_id"] != user_id:
            raise ForbiddenError("only the author may change this post")

    def update_post(self, post_id: int, user_id: int, title: str, content: str) -> PostOut:
        self._check_author(post_id, user_id)
        with self.conn:
            self.conn.execute(
                "UPDATE posts SET title = ?, content = ? WHERE id = ?",
                (title, content, post_id),
            )
        return self.get_post(post_id)

    def delete_post(self, post_id: int, user_id: int) -> None:
        self._check_author(post_id, user_id)
        with self.conn:
            self.conn.execute("DELETE FROM posts WHERE id = ?", (post_id,))

    # comments

    def post_exists(self, post_id: int) -> bool:
        row = self.conn.execute("SELECT 1 FROM posts WHERE id = ?", (post_id,)).fetchone()
        return row is not None

    def create_comment(self, post_id: int, author_id: int, body: str) -> CommentOut:
        if not self.post_exists(post_id):
            raise NotFoundError(f"post {post_id} not found")
        with self.conn:
            cur = self.conn.execute(
                "INSERT INTO comments (post_id, author_id, body) VALUES (?, ?, ?)",
                (post_id, author_id, body),
            )
        return CommentOut(
            id=cur.lastrowid, post_id=post_id, body=body, author=self.username(author_id)
        )

    def list_comments(self, post_id: int, limit: int, offset: int) -> list[CommentOut]:
        if not self.post_exists(post_id):
            raise NotFoundError(f"post {post_id} not found")
        rows = self.conn.execute(
            """SELECT id, post_id, author_id, body FROM comments
                WHERE post_id = ?
                ORDER BY id
                LIMIT ? OFFSET ?""",
            (post_id, limit, offset),
        ).fetchall()
        comments: list[CommentOut] = []
        for r in rows:
            author = self.username(r["author_id"])
            comments.append(
                CommentOut(id=r["id"], post_id=r["post_id"], body=r["body"], author=author)
            )
        return comments
