"""SQLite storage through the standard library's blocking driver.

sqlite3 calls block, so they only ever run in worker threads: from plain `def` handlers and
dependencies (FastAPI runs those in its thread pool) or through `asyncio.to_thread`. Each call
opens its own connection, because a sqlite3 connection must not be shared across threads.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from contextlib import closing, contextmanager

SCHEMA = """
CREATE TABLE IF NOT EXISTS users (
    username TEXT PRIMARY KEY,
    salt BLOB NOT NULL,
    password_hash BLOB NOT NULL
);
CREATE TABLE IF NOT EXISTS tokens (
    token TEXT PRIMARY KEY,
    username TEXT NOT NULL REFERENCES users(username)
);
CREATE TABLE IF NOT EXISTS todos (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    owner TEXT NOT NULL REFERENCES users(username),
    title TEXT NOT NULL,
    done INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX IF NOT EXISTS todos_owner ON todos(owner, id);
"""


def database_path() -> str:
    return os.environ.get("TODO_DB", "todos.db")


@contextmanager
def connect() -> Iterator[sqlite3.Connection]:
    """A connection for this thread, committed on success, rolled back on error."""
    with closing(sqlite3.connect(database_path())) as conn:
        conn.row_factory = sqlite3.Row
        with conn:
            yield conn


def create_schema() -> None:
    with connect() as conn:
        conn.executescript(SCHEMA)
