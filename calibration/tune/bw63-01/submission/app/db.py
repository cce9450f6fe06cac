"""sqlite3 access. One connection per request, always closed."""
import sqlite3
from collections.abc import Iterator

from .config import get_settings
from .perms import DEFAULT_USER_PERMS

SCHEMA = f"""
CREATE TABLE IF NOT EXISTS users (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    username    TEXT    NOT NULL UNIQUE,
    pw_salt     BLOB    NOT NULL,
    pw_hash     BLOB    NOT NULL,
    pw_iters    INTEGER NOT NULL,
    perms       INTEGER NOT NULL DEFAULT {int(DEFAULT_USER_PERMS)},
    created_at  TEXT    NOT NULL DEFAULT (datetime('now'))
);

CREATE TABLE IF NOT EXISTS todos (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    owner_id    INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    title       TEXT    NOT NULL,
    description TEXT,
    done        INTEGER NOT NULL DEFAULT 0 CHECK (done IN (0, 1)),
    created_at  TEXT    NOT NULL DEFAULT (datetime('now')),
    updated_at  TEXT    NOT NULL DEFAULT (datetime('now'))
);

CREATE INDEX IF NOT EXISTS ix_todos_owner_id ON todos (owner_id, id);
"""


def open_db(path: str) -> sqlite3.Connection:
    conn = sqlite3.connect(path, timeout=5.0, check_same_thread=False)
    conn.row_factory = sqlite3.Row
    conn.execute("PRAGMA foreign_keys = ON")
    return conn


def init_db(path: str) -> None:
    conn = open_db(path)
    try:
        conn.executescript(SCHEMA)
        conn.commit()
    finally:
        conn.close()


def get_conn() -> Iterator[sqlite3.Connection]:
    """FastAPI dependency: yields a fresh connection and closes it afterwards."""
    conn = open_db(get_settings().db_path)
    try:
        yield conn
    finally:
        conn.close()
