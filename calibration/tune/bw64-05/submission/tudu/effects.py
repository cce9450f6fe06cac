"""The impure part: database and password hashing. Kept as small as possible."""

import os
from collections.abc import AsyncIterator

import anyio.to_thread
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from psycopg import AsyncConnection
from psycopg.rows import class_row

from tudu.core import Todo, TodoId, User, UserId

_hasher = PasswordHasher()


def database_url() -> str:
    return os.environ["DATABASE_URL"]


async def connection() -> AsyncIterator[AsyncConnection]:
    """One connection per request; `async with` commits on success and closes."""
    async with await AsyncConnection.connect(database_url()) as conn:
        yield conn


# --- passwords -----------------------------------------------------------------


async def hash_password(password: str) -> str:
    return await anyio.to_thread.run_sync(_hasher.hash, password)


def _verify(password_hash: str, password: str) -> bool:
    try:
        return _hasher.verify(password_hash, password)
    except (VerificationError, InvalidHashError):
        return False


async def verify_password(password_hash: str, password: str) -> bool:
    return await anyio.to_thread.run_sync(_verify, password_hash, password)


# --- users -----------------------------------------------------------------------


async def insert_user(conn: AsyncConnection, username: str, password_hash: str) -> User | None:
    async with conn.cursor(row_factory=class_row(User)) as cur:
        await cur.execute(
            """
            INSERT INTO users (username, password_hash) VALUES (%s, %s)
            ON CONFLICT (username) DO NOTHING
            RETURNING id, username, password_hash
            """,
            (username, password_hash),
        )
        return await cur.fetchone()


async def user_by_name(conn: AsyncConnection, username: str) -> User | None:
    async with conn.cursor(row_factory=class_row(User)) as cur:
        await cur.execute(
            "SELECT id, username, password_hash FROM users WHERE username = %s",
            (username,),
        )
        return await cur.fetchone()


# --- todos -----------------------------------------------------------------------

_COLS = "id, owner, title, description, done, created_at"


async def todos_of(conn: AsyncConnection, owner: UserId) -> list[Todo]:
    async with conn.cursor(row_factory=class_row(Todo)) as cur:
        await cur.execute(
            f"SELECT {_COLS} FROM todos WHERE owner = %s ORDER BY id", (owner,)
        )
        return await cur.fetchall()


async def todo_of(conn: AsyncConnection, owner: UserId, todo_id: TodoId) -> Todo | None:
    async with conn.cursor(row_factory=class_row(Todo)) as cur:
        await cur.execute(
            f"SELECT {_COLS} FROM todos WHERE id = %s AND owner = %s", (todo_id, owner)
        )
        return await cur.fetchone()


async def insert_todo(
    conn: AsyncConnection, owner: UserId, title: str, description: str | None, done: bool
) -> Todo:
    async with conn.cursor(row_factory=class_row(Todo)) as cur:
        await cur.execute(
            f"""
            INSERT INTO todos (owner, title, description, done) VALUES (%s, %s, %s, %s)
            RETURNING {_COLS}
            """,
            (owner, title, description, done),
        )
        match await cur.fetchone():
            case Todo() as todo:
                return todo
            case None:
                raise RuntimeError("INSERT RETURNING produced no row")


async def save_todo(conn: AsyncConnection, todo: Todo) -> None:
    await conn.execute(
        "UPDATE todos SET title = %s, description = %s, done = %s WHERE id = %s AND owner = %s",
        (todo.title, todo.description, todo.done, todo.id, todo.owner),
    )


async def delete_todo(conn: AsyncConnection, owner: UserId, todo_id: TodoId) -> bool:
    cur = await conn.execute("DELETE FROM todos WHERE id = %s AND owner = %s", (todo_id, owner))
    return cur.rowcount == 1
