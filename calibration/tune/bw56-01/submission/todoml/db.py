"""Storage: raw SQL over aiosqlite, every value bound as a parameter."""

from __future__ import annotations

import sqlite3
from datetime import datetime, timezone
from typing import Final

import aiosqlite

from .domain import Todo, TodoIn, TodoNotFound, TodoPatch, UsernameTaken
from .result import Err, Ok, Result

SCHEMA: Final = """
PRAGMA foreign_keys = ON;
CREATE TABLE IF NOT EXISTS users (
    id            INTEGER PRIMARY KEY,
    username      TEXT NOT NULL UNIQUE,
    password_hash TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS todos (
    id          INTEGER PRIMARY KEY,
    owner_id    INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    title       TEXT NOT NULL,
    description TEXT,
    done        INTEGER NOT NULL DEFAULT 0 CHECK (done IN (0, 1)),
    created_at  TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS todos_owner_idx ON todos (owner_id, id);
"""

_TODO_COLUMNS: Final = "id, title, description, done, created_at"
_PATCHABLE: Final = frozenset({"title", "description", "done"})
_NOT_NULL: Final = frozenset({"title", "done"})


async def connect(path: str) -> aiosqlite.Connection:
    conn = await aiosqlite.connect(path)
    conn.row_factory = aiosqlite.Row
    await conn.executescript(SCHEMA)
    await conn.commit()
    return conn


def _to_todo(row: aiosqlite.Row) -> Todo:
    return Todo(
        id=row["id"],
        title=row["title"],
        description=row["description"],
        done=bool(row["done"]),
        created_at=datetime.fromisoformat(row["created_at"]),
    )


# ---- users ------------------------------------------------------------------


async def insert_user(
    conn: aiosqlite.Connection, username: str, password_hash: str
) -> Result[int, UsernameTaken]:
    try:
        cur = await conn.execute(
            "INSERT INTO users (username, password_hash) VALUES (?, ?)",
            (username, password_hash),
        )
    except sqlite3.IntegrityError:
        await conn.rollback()
        return Err(UsernameTaken(username=username))
    await conn.commit()
    assert cur.lastrowid is not None
    return Ok(cur.lastrowid)


async def find_credentials(conn: aiosqlite.Connection, username: str) -> tuple[int, str] | None:
    async with conn.execute(
        "SELECT id, password_hash FROM users WHERE username = ?", (username,)
    ) as cur:
        row = await cur.fetchone()
    return None if row is None else (row["id"], row["password_hash"])


async def user_exists(conn: aiosqlite.Connection, user_id: int) -> bool:
    async with conn.execute("SELECT 1 FROM users WHERE id = ?", (user_id,)) as cur:
        return await cur.fetchone() is not None


# ---- todos ------------------------------------------------------------------


async def insert_todo(conn: aiosqlite.Connection, owner_id: int, todo: TodoIn) -> Todo:
    created_at = datetime.now(timezone.utc)
    cur = await conn.execute(
        "INSERT INTO todos (owner_id, title, description, done, created_at) "
        "VALUES (?, ?, ?, ?, ?)",
        (owner_id, todo.title, todo.description, todo.done, created_at.isoformat()),
    )
    await conn.commit()
    assert cur.lastrowid is not None
    return Todo(
        id=cur.lastrowid,
        title=todo.title,
        description=todo.description,
        done=todo.done,
        created_at=created_at,
    )


async def get_todo(
    conn: aiosqlite.Connection, owner_id: int, todo_id: int
) -> Result[Todo, TodoNotFound]:
    async with conn.execute(
        f"SELECT {_TODO_COLUMNS} FROM todos WHERE id = ? AND owner_id = ?",
        (todo_id, owner_id),
    ) as cur:
        row = await cur.fetchone()
    if row is None:
        return Err(TodoNotFound(todo_id=todo_id))
    return Ok(_to_todo(row))


async def list_todos(
    conn: aiosqlite.Connection, owner_id: int, limit: int, offset: int
) -> tuple[list[Todo], int]:
    async with conn.execute(
        f"SELECT {_TODO_COLUMNS} FROM todos WHERE owner_id = ? ORDER BY id LIMIT ? OFFSET ?",
        (owner_id, limit, offset),
    ) as cur:
        rows = await cur.fetchall()
    async with conn.execute("SELECT COUNT(*) FROM todos WHERE owner_id = ?", (owner_id,)) as cur:
        count_row = await cur.fetchone()
    total = 0 if count_row is None else int(count_row[0])
    return [_to_todo(r) for r in rows], total


async def patch_todo(
    conn: aiosqlite.Connection, owner_id: int, todo_id: int, patch: TodoPatch
) -> Result[Todo, TodoNotFound]:
    changes = {
        column: value
        for column, value in patch.model_dump(exclude_unset=True).items()
        if column in _PATCHABLE and not (value is None and column in _NOT_NULL)
    }
    if not changes:
        return await get_todo(conn, owner_id, todo_id)
    assignments = ", ".join(f"{column} = ?" for column in changes)
    cur = await conn.execute(
        f"UPDATE todos SET {assignments} WHERE id = ? AND owner_id = ?",
        (*changes.values(), todo_id, owner_id),
    )
    await conn.commit()
    if cur.rowcount == 0:
        return Err(TodoNotFound(todo_id=todo_id))
    return await get_todo(conn, owner_id, todo_id)


async def delete_todo(
    conn: aiosqlite.Connection, owner_id: int, todo_id: int
) -> Result[None, TodoNotFound]:
    cur = await conn.execute(
        "DELETE FROM todos WHERE id = ? AND owner_id = ?", (todo_id, owner_id)
    )
    await conn.commit()
    if cur.rowcount == 0:
        return Err(TodoNotFound(todo_id=todo_id))
    return Ok(None)
