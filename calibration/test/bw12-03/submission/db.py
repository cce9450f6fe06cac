import os
import sqlite3

DB_PATH = os.environ.get("BLOG_DB", "blog.db")

SCHEMA = """
CREATE TABLE IF NOT EXISTS users (
    id       INTEGER PRIMARY KEY,
    username TEXT NOT NULL UNIQUE,
    pw_hash  TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS posts (
    id         INTEGER PRIMARY KEY,
    author_id  INTEGER NOT NULL REFERENCES users(id),
    title      TEXT NOT NULL,
    content    TEXT NOT NULL,
    created_at TEXT NOT NULL DEFAULT (datetime('now'))
);
CREATE TABLE IF NOT EXISTS comments (
    id         INTEGER PRIMARY KEY,
    post_id    INTEGER NOT NULL REFERENCES posts(id) ON DELETE CASCADE,
    author_id  INTEGER NOT NULL REFERENCES users(id),
    content    TEXT NOT NULL,
    created_at TEXT NOT NULL DEFAULT (datetime('now'))
);
CREATE INDEX IF NOT EXISTS idx_comments_post ON comments(post_id, id);
"""

# one connection for the whole app, sqlite is fast enough and it avoids reconnecting
conn = sqlite3.connect(DB_PATH, check_same_thread=False)
conn.row_factory = sqlite3.Row
conn.execute("PRAGMA foreign_keys = ON")
conn.executescript(SCHEMA)


def one(sql: str, params: tuple = ()) -> sqlite3.Row | None:
    return conn.execute(sql, params).fetchone()


def many(sql: str, params: tuple = ()) -> list[sqlite3.Row]:
    return conn.execute(sql, params).fetchall()


def write(sql: str, params: tuple = ()) -> int:
    cur = conn.execute(sql, params)
    conn.commit()
    return cur.lastrowid or cur.rowcount


def comment_counts(post_ids: list[int]) -> dict[int, int]:
    """Comment count for many posts in ONE query instead of one per post (avoids N+1)."""
    if not post_ids:
        return {}
    marks = ",".join("?" * len(post_ids))
    rows = many(
        f"SELECT post_id, COUNT(*) FROM comments WHERE post_id IN ({marks}) GROUP BY post_id",
        tuple(post_ids),
    )
    return {pid: 0 for pid in post_ids} | {r[0]: r[1] for r in rows}
