"""Database effects. Each function takes the connection explicitly; no module state."""
import sqlite3
from datetime import datetime
from typing import Literal

import aiosqlite

from .domain import TODO_COLUMNS, Todo, TodoIn, TodoPatch, patch_assignments, row_to_todo
from .result import Err, Ok, Result

SCHEMA = """
CREATE TABLE IF NOT EXISTS users (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    username      TEXT NOT NULL UNIQUE COLLATE NOCASE,
    password_hash TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS todos (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    owner_id    INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    title       TEXT NOT NULL,
    description TEXT,
    done        INTEGER NOT NULL DEFAULT 0,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS todos_owner_idx ON todos (owner_id, id);
"""


async def init_schema(db: aiosqlite.Connection) -> None:
    await db.executescript(SCHEMA)
    await db.commit()


async def insert_user(db: aiosqlite.Connection, username: str, password_hash: str) -> Result[int, Literal["username_taken"]]:
    try:
        cursor = await db.execute(
            "INSERT INTO users (username, password_hash) VALUES (?, ?)", (username, password_hash)
        )
    except sqlite3.IntegrityError:
        return Err("username_taken")
    await db.commit()
    return Ok(cursor.lastrowid or 0)


async def find_credentials(db: aiosqlite.Connection, username: str) -> tuple[int, str] | None:
    async with db.execute("SELECT id, password_hash FROM users WHERE username = ?", (username,)) as cursor:
        row = await cursor.fetchone()
    return (row[0], row[1]) if row else None


async def find_username(db: aiosqlite.Connection, user_id: int) -> str | None:
    async with db.execute("SELECT username FROM users WHERE id = ?", (user_id,)) as cursor:
        row = await cursor.fetchone()
    return row[0] if row else None


async def insert_todo(db: aiosqlite.Connection, owner_id: int, todo: TodoIn, now: datetime) -> Todo:
    stamp = now.isoformat()
    cursor = await db.execute(
        "INSERT INTO todos (owner_id, title, description, done, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)",
        (owner_id, todo.title, todo.description, int(todo.done), stamp, stamp),
    )
    await db.commit()
    return Todo(
        id=cursor.lastrowid or 0,
        title=todo.title,
        description=todo.description,
        done=todo.done,
        created_at=now,
        updated_at=now,
    )


async def page_of_todos(db: aiosqlite.Connection, owner_id: int, limit: int, offset: int) -> tuple[tuple[Todo, ...], int]:
    async with db.execute(
        f"SELECT {TODO_COLUMNS} FROM todos WHERE owner_id = ? ORDER BY id LIMIT ? OFFSET ?",
        (owner_id, limit, offset),
    ) as cursor:
        rows = await cursor.fetchall()
    async with db.execute("SELECT COUNT(*) FROM todos WHERE owner_id = ?", (owner_id,)) as cursor:
        (total,) = await cursor.fetchone() or (0,)
    return tuple(map(row_to_todo, rows)), total


async def find_todo(db: aiosqlite.Connection, owner_id: int, todo_id: int) -> Todo | None:
    async with db.execute(
        f"SELECT {TODO_COLUMNS} FROM todos WHERE id = ? AND owner_id = ?", (todo_id, owner_id)
    ) as cursor:
        row = await cursor.fetchone()
    return row_to_todo(tuple(row)) if row else None


async def patch_todo(db: aiosqlite.Connection, owner_id: int, todo_id: int, patch: TodoPatch, now: datetime) -> Todo | None:
    clause, values = patch_assignments(patch, now)
    cursor = await db.execute(
        f"UPDATE todos SET {clause} WHERE id = ? AND owner_id = ?", (*values, todo_id, owner_id)
    )
    await db.commit()
    return await find_todo(db, owner_id, todo_id) if cursor.rowcount else None


async def remove_todo(db: aiosqlite.Connection, owner_id: int, todo_id: int) -> bool:
    cursor = await db.execute("DELETE FROM todos WHERE id = ? AND owner_id = ?", (todo_id, owner_id))
    await db.commit()
    return cursor.rowcount > 0
