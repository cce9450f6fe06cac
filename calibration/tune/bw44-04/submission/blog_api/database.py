"""
Database access primitives.

We use the standard-library :mod:`sqlite3` module. SQLite is an embedded,
file-based engine, which keeps the deployment of this exercise trivial: there
is no server to install.

Concurrency model
-----------------
Every HTTP request obtains its *own* connection through :func:`get_connection`
and closes it when the request ends. Connections are therefore never shared
between concurrent requests.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator

from .config import settings

#: Data-definition statements, executed idempotently at start-up.
SCHEMA: str = """
PRAGMA foreign_keys = ON;

CREATE TABLE IF NOT EXISTS users (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    username      TEXT    NOT NULL UNIQUE,
    password_hash TEXT    NOT NULL,
    created_at    TEXT    NOT NULL DEFAULT (datetime('now'))
);

CREATE TABLE IF NOT EXISTS posts (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    author_id  INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    title      TEXT    NOT NULL,
    content    TEXT    NOT NULL,
    created_at TEXT    NOT NULL DEFAULT (datetime('now')),
    updated_at TEXT
);

CREATE TABLE IF NOT EXISTS comments (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    post_id    INTEGER NOT NULL REFERENCES posts(id) ON DELETE CASCADE,
    author_id  INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    content    TEXT    NOT NULL,
    created_at TEXT    NOT NULL DEFAULT (datetime('now'))
);
"""


def connect(path: str | None = None) -> sqlite3.Connection:
    """
    Open a new connection to the database.

    Parameters
    ----------
    path : str, optional
        Database file. Defaults to ``settings.db_path``.

    Returns
    -------
    sqlite3.Connection
        A connection whose rows behave like mappings (``row["title"]``) and
        which enforces foreign-key constraints.

    Notes
    -----
    ``check_same_thread=False`` is required because FastAPI may run the
    dependency that opens the connection and the endpoint that uses it on two
    different worker threads. The connection is still used by one request
    only, sequentially, so this is safe.
    """
    conn = sqlite3.connect(path or settings.db_path, check_same_thread=False)
    conn.row_factory = sqlite3.Row
    conn.execute("PRAGMA foreign_keys = ON")
    return conn


def init_db(path: str | None = None) -> None:
    """Create the tables if they do not exist yet."""
    conn = connect(path)
    try:
        conn.executescript(SCHEMA)
        conn.commit()
    finally:
        conn.close()


def get_connection() -> Iterator[sqlite3.Connection]:
    """
    FastAPI dependency yielding a per-request connection.

    The transaction is committed if the request handler returns normally and
    rolled back if it raises, after which the connection is closed.

    Yields
    ------
    sqlite3.Connection
    """
    conn = connect()
    try:
        yield conn
        conn.commit()
    except Exception:
        conn.rollback()
        raise
    finally:
        conn.close()
