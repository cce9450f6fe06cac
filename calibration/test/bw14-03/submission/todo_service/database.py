"""Persistence layer.

The service uses SQLite through the standard-library ``sqlite3`` module.
A single connection is opened when the application starts and shared by
all requests (see ADR-002 in ``docs/DECISIONS.md``).

Schema
------
``users``  (id, username UNIQUE, password_hash, created_at)
``todos``  (id, owner_id -> users.id, title, description, done,
            created_at, updated_at)
"""

import sqlite3
from typing import Optional

_SCHEMA = """
CREATE TABLE IF NOT EXISTS users (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    username      TEXT    NOT NULL UNIQUE,
    password_hash TEXT    NOT NULL,
    created_at    TEXT    NOT NULL
);

CREATE TABLE IF NOT EXISTS todos (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    owner_id    INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    title       TEXT    NOT NULL,
    description TEXT,
    done        INTEGER NOT NULL DEFAULT 0,
    created_at  TEXT    NOT NULL,
    updated_at  TEXT    NOT NULL
);
"""

_connection: Optional[sqlite3.Connection] = None


def init_db(path: str) -> sqlite3.Connection:
    """Open the shared connection and make sure the schema exists.

    Args:
        path: Filesystem path of the SQLite database, or ``":memory:"``.

    Returns:
        The newly opened connection.
    """
    global _connection
    _connection = sqlite3.connect(path, check_same_thread=False)
    _connection.row_factory = sqlite3.Row
    _connection.execute("PRAGMA foreign_keys = ON")
    _connection.executescript(_SCHEMA)
    _connection.commit()
    return _connection


def close_db() -> None:
    """Close the shared connection, if any. Safe to call twice."""
    global _connection
    if _connection is not None:
        _connection.close()
        _connection = None


async def get_db() -> sqlite3.Connection:
    """FastAPI dependency returning the shared connection.

    Raises:
        RuntimeError: If :func:`init_db` has not been called (application
            started without its lifespan handler).
    """
    if _connection is None:
        raise RuntimeError("database not initialised")
    return _connection
