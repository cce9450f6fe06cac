"""Data access. Raw SQL, parameters always bound by psycopg."""

from psycopg import AsyncConnection
from psycopg.rows import class_row

from app.models import TodoId, TodoRow, UserId, UserRow

SCHEMA = """
CREATE TABLE IF NOT EXISTS users (
    id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    username      text NOT NULL UNIQUE,
    password_hash bytea NOT NULL
);
CREATE TABLE IF NOT EXISTS todos (
    id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    owner_id    uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    title       text NOT NULL,
    description text,
    done        boolean NOT NULL DEFAULT false,
    created_at  timestamptz NOT NULL DEFAULT clock_timestamp()
);
CREATE INDEX IF NOT EXISTS todos_owner_created ON todos (owner_id, created_at);
"""


async def add_user(conn: AsyncConnection, username: str, password_hash: bytes) -> UserRow | None:
    async with conn.cursor(row_factory=class_row(UserRow)) as cur:
        await cur.execute(
            """
            INSERT INTO users (username, password_hash) VALUES (%s, %s)
            ON CONFLICT (username) DO NOTHING
            RETURNING id, username, password_hash
            """,
            (username, password_hash),
        )
        return await cur.fetchone()


async def user_named(conn: AsyncConnection, username: str) -> UserRow | None:
    async with conn.cursor(row_factory=class_row(UserRow)) as cur:
        await cur.execute(
            "SELECT id, username, password_hash FROM users WHERE username = %s",
            (username,),
        )
        return await cur.fetchone()


async def add_todo(
    conn: AsyncConnection, owner: UserId, title: str, description: str | None, done: bool
) -> TodoRow:
    async with conn.cursor(row_factory=class_row(TodoRow)) as cur:
        await cur.execute(
            """
            INSERT INTO todos (owner_id, title, description, done)
            VALUES (%s, %s, %s, %s)
            RETURNING id, owner_id, title, description, done, created_at
            """,
            (owner, title, description, done),
        )
        row = await cur.fetchone()
        if row is None:
            raise RuntimeError("INSERT ... RETURNING returned nothing")
        return row


async def todos_of(
    conn: AsyncConnection, owner: UserId, limit: int, offset: int
) -> list[TodoRow]:
    async with conn.cursor(row_factory=class_row(TodoRow)) as cur:
        await cur.execute(
            """
            SELECT id, owner_id, title, description, done, created_at
            FROM todos WHERE owner_id = %s
            ORDER BY created_at, id
            LIMIT %s OFFSET %s
            """,
            (owner, limit, offset),
        )
        return await cur.fetchall()


async def todo_of(conn: AsyncConnection, owner: UserId, todo_id: TodoId) -> TodoRow | None:
    async with conn.cursor(row_factory=class_row(TodoRow)) as cur:
        await cur.execute(
            """
            SELECT id, owner_id, title, description, done, created_at
            FROM todos WHERE id = %s AND owner_id = %s
            """,
            (todo_id, owner),
        )
        return await cur.fetchone()


async def replace_todo(
    conn: AsyncConnection,
    owner: UserId,
    todo_id: TodoId,
    title: str,
    description: str | None,
    done: bool,
) -> TodoRow | None:
    async with conn.cursor(row_factory=class_row(TodoRow)) as cur:
        await cur.execute(
            """
            UPDATE todos SET title = %s, description = %s, done = %s
            WHERE id = %s AND owner_id = %s
            RETURNING id, owner_id, title, description, done, created_at
            """,
            (title, description, done, todo_id, owner),
        )
        return await cur.fetchone()


async def remove_todo(conn: AsyncConnection, owner: UserId, todo_id: TodoId) -> bool:
    cur = await conn.execute(
        "DELETE FROM todos WHERE id = %s AND owner_id = %s", (todo_id, owner)
    )
    return cur.rowcount > 0
