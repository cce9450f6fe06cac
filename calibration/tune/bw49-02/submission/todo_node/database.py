import sqlite3
import threading
from typing import Any

_SCHEMA: str = """
CREATE TABLE IF NOT EXISTS users (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    username      TEXT    NOT NULL UNIQUE,
    password_salt BLOB    NOT NULL,
    password_hash BLOB    NOT NULL
);
CREATE TABLE IF NOT EXISTS todos (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    owner_id    INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    title       TEXT    NOT NULL,
    description TEXT,
    done        INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX IF NOT EXISTS idx_todos_owner ON todos(owner_id);
"""


class Database:
    """Owns the single sqlite3 connection of the process.

    The connection is opened in the constructor and released in close()/__del__ (RAII).
    All access goes through a mutex so the connection can be shared between threads.
    """

    __slots__ = ("_path", "_conn", "_mutex")

    def __init__(self, path: str) -> None:
        self._path: str = path
        self._mutex: threading.Lock = threading.Lock()
        self._conn: sqlite3.Connection | None = sqlite3.connect(path, check_same_thread=False)
        self._conn.row_factory = sqlite3.Row
        self._conn.execute("PRAGMA foreign_keys = ON")
        self._create_schema()

    def __del__(self) -> None:
        self.close()

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None

    def _create_schema(self) -> None:
        assert self._conn is not None
        with self._mutex:
            self._conn.executescript(_SCHEMA)
            self._conn.commit()

    def execute(self, sql: str, params: tuple[Any, ...] = ()) -> sqlite3.Cursor:
        assert self._conn is not None
        with self._mutex:
            cursor: sqlite3.Cursor = self._conn.execute(sql, params)
            self._conn.commit()
            return cursor

    def fetch_one(self, sql: str, params: tuple[Any, ...] = ()) -> sqlite3.Row | None:
        assert self._conn is not None
        with self._mutex:
            cursor: sqlite3.Cursor = self._conn.execute(sql, params)
            row: sqlite3.Row | None = cursor.fetchone()
            cursor.close()
            return row

    def fetch_all(self, sql: str, params: tuple[Any, ...] = ()) -> list[sqlite3.Row]:
        assert self._conn is not None
        with self._mutex:
            cursor: sqlite3.Cursor = self._conn.execute(sql, params)
            rows: list[sqlite3.Row] = cursor.fetchall()
            cursor.close()
            return rows
