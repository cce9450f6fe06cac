"""SQLite storage.

Inkwell uses the standard library :mod:`sqlite3` driver, which is synchronous. Every
route handler that touches the database is therefore a plain ``def`` function, which
FastAPI runs in its worker threadpool so that queries never block the event loop.

One connection is opened per request (see :func:`inkwell.dependencies.get_connection`)
and closed when the request ends.
"""

from __future__ import annotations

import sqlite3
from contextlib import closing
from datetime import UTC, datetime

SCHEMA = """
CREATE TABLE IF NOT EXISTS users (
    id            INTEGER PRIMARY KEY,
    username      TEXT NOT NULL UNIQUE COLLATE NOCASE,
    password_hash TEXT NOT NULL,
    created_at    TEXT NOT NULL
);

CREATE TABLE IF NOT EXISTS posts (
    id         INTEGER PRIMARY KEY,
    author_id  INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    title      TEXT NOT NULL,
    content    TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS ix_posts_created_at ON posts (created_at, id);

CREATE TABLE IF NOT EXISTS comments (
    id         INTEGER PRIMARY KEY,
    post_id    INTEGER NOT NULL REFERENCES posts (id) ON DELETE CASCADE,
    author_id  INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    body       TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS ix_comments_post_id ON comments (post_id, id);
"""


def connect(path: str) -> sqlite3.Connection:
    """Open a connection with row access by name and foreign keys enforced.

    ``check_same_thread`` is disabled because FastAPI may run a request's dependencies
    and its handler on different threadpool workers. The connection is still only
    ever used by one request, one call at a time.
    """
    conn = sqlite3.connect(path, check_same_thread=False)
    conn.row_factory = sqlite3.Row
    conn.execute("PRAGMA foreign_keys = ON")
    return conn


def init_db(path: str) -> None:
    """Create the schema if it does not exist yet. Safe to call repeatedly."""
    with closing(connect(path)) as conn:
        conn.executescript(SCHEMA)


def utcnow() -> str:
    """Current UTC time as a fixed-width ISO 8601 string, which sorts chronologically."""
    return datetime.now(UTC).isoformat(timespec="microseconds")
