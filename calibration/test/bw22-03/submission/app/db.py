import sqlite3
from collections.abc import Iterator
from typing import Annotated

from fastapi import Depends, Request

SCHEMA = """
CREATE TABLE IF NOT EXISTS users (
    id            INTEGER PRIMARY KEY,
    username      TEXT NOT NULL UNIQUE COLLATE NOCASE,
    password_hash TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS tokens (
    token_hash TEXT PRIMARY KEY,
    user_id    INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    expires_at INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS tokens_expires_at ON tokens (expires_at);
CREATE TABLE IF NOT EXISTS posts (
    id        INTEGER PRIMARY KEY,
    author_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    title     TEXT NOT NULL,
    content   TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS comments (
    id        INTEGER PRIMARY KEY,
    post_id   INTEGER NOT NULL REFERENCES posts (id) ON DELETE CASCADE,
    author_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    body      TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS comments_post_id ON comments (post_id, id);
"""


def connect(database: str) -> sqlite3.Connection:
    # FastAPI may run a sync dependency's setup, the endpoint and the teardown on
    # different threadpool workers. The connection is still used by one request at
    # a time, so the same-thread check only gets in the way.
    conn = sqlite3.connect(database, check_same_thread=False)
    conn.row_factory = sqlite3.Row
    conn.execute("PRAGMA foreign_keys = ON")
    return conn


def init_db(database: str) -> None:
    conn = connect(database)
    try:
        conn.execute("PRAGMA journal_mode = WAL")
        conn.executescript(SCHEMA)
    finally:
        conn.close()


def get_db(request: Request) -> Iterator[sqlite3.Connection]:
    conn = connect(request.app.state.settings.database)
    try:
        yield conn
    finally:
        conn.close()


Db = Annotated[sqlite3.Connection, Depends(get_db)]
