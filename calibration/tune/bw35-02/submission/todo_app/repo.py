"""Tiny Ecto.Repo-ish wrapper around sqlite3."""

import os
import sqlite3
from typing import Any

DATABASE = os.environ.get("TODO_APP_DATABASE", "todo_app.db")

SCHEMA = """
CREATE TABLE IF NOT EXISTS users (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    username      TEXT    NOT NULL UNIQUE,
    password_hash TEXT    NOT NULL,
    inserted_at   TEXT    NOT NULL DEFAULT (datetime('now'))
);

CREATE TABLE IF NOT EXISTS todos (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    user_id     INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    title       TEXT    NOT NULL,
    description TEXT,
    done        INTEGER NOT NULL DEFAULT 0,
    inserted_at TEXT    NOT NULL DEFAULT (datetime('now')),
    updated_at  TEXT    NOT NULL DEFAULT (datetime('now'))
);
"""

_conn = sqlite3.connect(DATABASE, check_same_thread=False)
_conn.row_factory = sqlite3.Row
_conn.execute("PRAGMA foreign_keys = ON")

Row = dict[str, Any]


def migrate() -> None:
    _conn.executescript(SCHEMA)


async def all(sql: str, params: tuple = ()) -> list[Row]:
    rows = _conn.execute(sql, params).fetchall()
    return [dict(row) for row in rows]


async def one(sql: str, params: tuple = ()) -> Row | None:
    row = _conn.execute(sql, params).fetchone()
    return dict(row) if row is not None else None


async def insert(sql: str, params: tuple = ()) -> int:
    cursor = _conn.execute(sql, params)
    _conn.commit()
    return cursor.lastrowid


async def execute(sql: str, params: tuple = ()) -> int:
    cursor = _conn.execute(sql, params)
    _conn.commit()
    return cursor.rowcount
