"""SQLite persistence through aiosqlite.

Every query is parameterised. Ownership is part of every WHERE clause, so a todo
that belongs to someone else is indistinguishable from one that does not exist.
"""

import sqlite3
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

import aiosqlite

from .domain import (
    Page,
    PasswordHash,
    RegisterError,
    Todo,
    TodoError,
    TodoFields,
    TodoId,
    User,
    UserId,
    Username,
)
from .result import Err, Ok, Result

SCHEMA = """
CREATE TABLE IF NOT EXISTS users (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    username      TEXT    NOT NULL UNIQUE,
    password_hash TEXT    NOT NULL
);

CREATE TABLE IF NOT EXISTS todos (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    owner_id    INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    title       TEXT    NOT NULL,
    description TEXT    NOT NULL DEFAULT '',
    done        INTEGER NOT NULL DEFAULT 0 CHECK (done IN (0, 1))
);

CREATE INDEX IF NOT EXISTS ix_todos_owner_id ON todos (owner_id, id);
"""

_TODO_COLUMNS = "id, owner_id, title, description, done"


@asynccontextmanager
async def connect(path: Path) -> AsyncIterator[aiosqlite.Connection]:
    async with aiosqlite.connect(path) as conn:
        conn.row_factory = aiosqlite.Row
        await conn.execute("PRAGMA foreign_keys = ON")
        yield conn


async def init_schema(path: Path) -> None:
    async with connect(path) as conn:
        await conn.execute("PRAGMA journal_mode = WAL")
        await conn.executescript(SCHEMA)
        await conn.commit()


def _user_from_row(row: aiosqlite.Row) -> User:
    return User(
        id=UserId(row["id"]),
        username=Username(row["username"]),
        password_hash=PasswordHash(row["password_hash"]),
    )


def _todo_from_row(row: aiosqlite.Row) -> Todo:
    return Todo(
        id=TodoId(row["id"]),
        owner_id=UserId(row["owner_id"]),
        title=row["title"],
        description=row["description"],
        done=bool(row["done"]),
    )


# --- users -----------------------------------------------------------------


async def insert_user(
    conn: aiosqlite.Connection, username: Username, password_hash: PasswordHash
) -> Result[UserId, RegisterError]:
    try:
        async with conn.execute(
            "INSERT INTO users (username, password_hash) VALUES (?, ?) RETURNING id",
            (username, password_hash),
        ) as cursor:
            row = await cursor.fetchone()
    except sqlite3.IntegrityError:
        # The UNIQUE constraint is the source of truth; the service layer's
        # pre-check only saves an argon2 hash in the common case.
        await conn.rollback()
        return Err(RegisterError.USERNAME_TAKEN)
    await conn.commit()
    if row is None:
        raise RuntimeError("INSERT ... RETURNING produced no row")
    return Ok(UserId(row["id"]))


async def find_user_by_username(conn: aiosqlite.Connection, username: Username) -> User | None:
    async with conn.execute(
        "SELECT id, username, password_hash FROM users WHERE username = ?", (username,)
    ) as cursor:
        row = await cursor.fetchone()
    return None if row is None else _user_from_row(row)


async def get_user(conn: aiosqlite.Connection, user_id: UserId) -> User | None:
    async with conn.execute(
        "SELECT id, username, password_hash FROM users WHERE id = ?", (user_id,)
    ) as cursor:
        row = await cursor.fetchone()
    return None if row is None else _user_from_row(row)


# --- todos -----------------------------------------------------------------


async def insert_todo(conn: aiosqlite.Connection, owner: UserId, fields: TodoFields) -> Todo:
    async with conn.execute(
        f"INSERT INTO todos (owner_id, title, description, done) VALUES (?, ?, ?, ?) "
        f"RETURNING {_TODO_COLUMNS}",
        (owner, fields.title, fields.description, int(fields.done)),
    ) as cursor:
        row = await cursor.fetchone()
    await conn.commit()
    if row is None:
        raise RuntimeError("INSERT ... RETURNING produced no row")
    return _todo_from_row(row)


async def list_todos(conn: aiosqlite.Connection, owner: UserId, page: Page) -> list[Todo]:
    async with conn.execute(
        f"SELECT {_TODO_COLUMNS} FROM todos WHERE owner_id = ? ORDER BY id LIMIT ? OFFSET ?",
        (owner, page.limit, page.offset),
    ) as cursor:
        rows = await cursor.fetchall()
    return [_todo_from_row(row) for row in rows]


async def get_todo(
    conn: aiosqlite.Connection, owner: UserId, todo_id: TodoId
) -> Result[Todo, TodoError]:
    async with conn.execute(
        f"SELECT {_TODO_COLUMNS} FROM todos WHERE id = ? AND owner_id = ?",
        (todo_id, owner),
    ) as cursor:
        row = await cursor.fetchone()
    if row is None:
        return Err(TodoError.NOT_FOUND)
    return Ok(_todo_from_row(row))


async def replace_todo(
    conn: aiosqlite.Connection, owner: UserId, todo_id: TodoId, fields: TodoFields
) -> Result[Todo, TodoError]:
    async with conn.execute(
        f"UPDATE todos SET title = ?, description = ?, done = ? "
        f"WHERE id = ? AND owner_id = ? RETURNING {_TODO_COLUMNS}",
        (fields.title, fields.description, int(fields.done), todo_id, owner),
    ) as cursor:
        row = await cursor.fetchone()
    await conn.commit()
    if row is None:
        return Err(TodoError.NOT_FOUND)
    return Ok(_todo_from_row(row))


async def delete_todo(
    conn: aiosqlite.Connection, owner: UserId, todo_id: TodoId
) -> Result[None, TodoError]:
    cursor = await conn.execute(
        "DELETE FROM todos WHERE id = ? AND owner_id = ?", (todo_id, owner)
    )
    deleted = cursor.rowcount
    await cursor.close()
    await conn.commit()
    if deleted == 0:
        return Err(TodoError.NOT_FOUND)
    return Ok(None)
