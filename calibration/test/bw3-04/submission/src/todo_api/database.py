from collections.abc import AsyncIterator

import aiosqlite

from .config import get_properties

SCHEMA = """
CREATE TABLE IF NOT EXISTS users (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    username      TEXT NOT NULL UNIQUE,
    password_hash TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS todos (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    owner_id    INTEGER NOT NULL REFERENCES users(id),
    title       TEXT NOT NULL,
    description TEXT,
    done        INTEGER NOT NULL DEFAULT 0,
    created_at  TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS ix_todos_owner ON todos(owner_id, id);
"""


async def initialize_schema(path: str) -> None:
    async with aiosqlite.connect(path) as connection:
        await connection.executescript(SCHEMA)
        await connection.commit()


async def get_connection() -> AsyncIterator[aiosqlite.Connection]:
    async with aiosqlite.connect(get_properties().database_path) as connection:
        connection.row_factory = aiosqlite.Row
        yield connection
