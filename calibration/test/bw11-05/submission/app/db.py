"""Tiny async data layer on top of aiosqlite (one shared connection per process).

aiosqlite runs every statement on its own worker thread, so nothing here blocks
the event loop.
"""
import asyncio
from typing import Any

import aiosqlite

SCHEMA = """
CREATE TABLE IF NOT EXISTS users (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    username      TEXT NOT NULL UNIQUE,
    password_hash TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS todos (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    owner_id    INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    title       TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    done        INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX IF NOT EXISTS idx_todos_owner ON todos(owner_id, id);
"""

# Columns a client may change. Used to build the SET clause of partial updates.
UPDATABLE_COLUMNS = ("title", "description", "done")


async def connect(path: str) -> aiosqlite.Connection:
    conn = await aiosqlite.connect(path)
    conn.row_factory = aiosqlite.Row
    await conn.execute("PRAGMA foreign_keys = ON")
    await conn.execute("PRAGMA journal_mode = WAL")
    await conn.executescript(SCHEMA)
    await conn.commit()
    return conn


def _todo(row: aiosqlite.Row) -> dict[str, Any]:
    return {
        "id": row["id"],
        "title": row["title"],
        "description": row["description"],
        "done": bool(row["done"]),
    }


async def create_user(conn: aiosqlite.Connection, username: str, password_hash: str) -> int | None:
    try:
        cur = await conn.execute(
            "INSERT INTO users (username, password_hash) VALUES (?, ?)", (username, password_hash)
        )
    except aiosqlite.IntegrityError:
        return None
    await conn.commit()
    return cur.lastrowid


async def get_user_by_name(conn: aiosqlite.Connection, username: str) -> aiosqlite.Row | None:
    async with conn.execute(
        "SELECT id, username, password_hash FROM users WHERE username = ?", (username,)
    ) as cur:
        return await cur.fetchone()


async def user_exists(conn: aiosqlite.Connection, user_id: int) -> bool:
    async with conn.execute("SELECT 1 FROM users WHERE id = ?", (user_id,)) as cur:
        return await cur.fetchone() is not None


async def insert_todo(
    conn: aiosqlite.Connection, owner_id: int, title: str, description: str, done: bool
) -> dict[str, Any]:
    cur = await conn.execute(
        "INSERT INTO todos (owner_id, title, description, done) VALUES (?, ?, ?, ?)",
        (owner_id, title, description, int(done)),
    )
    await conn.commit()
    return {"id": cur.lastrowid, "title": title, "description": description, "done": done}


async def get_todo(conn: aiosqlite.Connection, owner_id: int, todo_id: int) -> dict[str, Any] | None:
    async with conn.execute(
        "SELECT * FROM todos WHERE id = ? AND owner_id = ?", (todo_id, owner_id)
    ) as cur:
        row = await cur.fetchone()
    return _todo(row) if row else None


async def _count_todos(conn: aiosqlite.Connection, owner_id: int) -> int:
    async with conn.execute("SELECT COUNT(*) FROM todos WHERE owner_id = ?", (owner_id,)) as cur:
        row = await cur.fetchone()
    return int(row[0]) if row else 0


async def _page_todos(
    conn: aiosqlite.Connection, owner_id: int, limit: int, offset: int
) -> list[dict[str, Any]]:
    async with conn.execute(
        "SELECT * FROM todos WHERE owner_id = ? ORDER BY id LIMIT ? OFFSET ?",
        (owner_id, limit, offset),
    ) as cur:
        return [_todo(r) for r in await cur.fetchall()]


async def list_todos(
    conn: aiosqlite.Connection, owner_id: int, limit: int, offset: int
) -> tuple[list[dict[str, Any]], int]:
    # both queries are independent -> run them concurrently
    items, total = await asyncio.gather(
        _page_todos(conn, owner_id, limit, offset), _count_todos(conn, owner_id)
    )
    return items, total


async def update_todo(
    conn: aiosqlite.Connection, owner_id: int, todo_id: int, changes: dict[str, Any]
) -> dict[str, Any] | None:
    cols = [c for c in UPDATABLE_COLUMNS if c in changes]
    if cols:
        assignments = ", ".join(f"{c} = ?" for c in cols)
        values = [int(changes[c]) if c == "done" else changes[c] for c in cols]
        await conn.execute(
            f"UPDATE todos SET {assignments} WHERE id = ? AND owner_id = ?",
            (*values, todo_id, owner_id),
        )
        await conn.commit()
    return await get_todo(conn, owner_id, todo_id)


async def delete_todo(conn: aiosqlite.Connection, owner_id: int, todo_id: int) -> bool:
    cur = await conn.execute(
        "DELETE FROM todos WHERE id = ? AND owner_id = ?", (todo_id, owner_id)
    )
    await conn.commit()
    return cur.rowcount > 0
