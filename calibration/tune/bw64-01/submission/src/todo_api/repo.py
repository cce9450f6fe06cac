"""Every query the service runs. All values go through psycopg placeholders."""

from collections.abc import Mapping

from psycopg import AsyncConnection, sql
from psycopg.rows import class_row

from todo_api.domain import Todo, TodoId, User, UserId, Username

_USER_COLUMNS = "id, username, password_hash"
_TODO_COLUMNS = "id, owner_id, title, description, done, created_at, updated_at"

# Columns a PATCH may touch. Keys outside this set never reach SQL.
_PATCHABLE = frozenset({"title", "description", "done"})


async def insert_user(
    conn: AsyncConnection, username: Username, password_hash: str
) -> User | None:
    """Create a user; None if the username is taken."""
    async with conn.cursor(row_factory=class_row(User)) as cur:
        await cur.execute(
            f"""
            INSERT INTO users (username, password_hash) VALUES (%s, %s)
            ON CONFLICT (username) DO NOTHING
            RETURNING {_USER_COLUMNS}
            """,
            (username, password_hash),
        )
        return await cur.fetchone()


async def find_user(conn: AsyncConnection, username: str) -> User | None:
    async with conn.cursor(row_factory=class_row(User)) as cur:
        await cur.execute(
            f"SELECT {_USER_COLUMNS} FROM users WHERE username = %s", (username,)
        )
        return await cur.fetchone()


async def insert_todo(
    conn: AsyncConnection,
    owner: UserId,
    title: str,
    description: str | None,
    done: bool,
) -> Todo:
    async with conn.cursor(row_factory=class_row(Todo)) as cur:
        await cur.execute(
            f"""
            INSERT INTO todos (owner_id, title, description, done)
            VALUES (%s, %s, %s, %s)
            RETURNING {_TODO_COLUMNS}
            """,
            (owner, title, description, done),
        )
        row = await cur.fetchone()
    assert row is not None  # INSERT ... RETURNING always yields the row
    return row


async def get_todo(conn: AsyncConnection, owner: UserId, todo_id: TodoId) -> Todo | None:
    async with conn.cursor(row_factory=class_row(Todo)) as cur:
        await cur.execute(
            f"SELECT {_TODO_COLUMNS} FROM todos WHERE id = %s AND owner_id = %s",
            (todo_id, owner),
        )
        return await cur.fetchone()


async def list_todos(
    conn: AsyncConnection, owner: UserId, *, limit: int, offset: int
) -> tuple[list[Todo], int]:
    async with conn.cursor(row_factory=class_row(Todo)) as cur:
        await cur.execute(
            f"""
            SELECT {_TODO_COLUMNS} FROM todos
            WHERE owner_id = %s
            ORDER BY id
            LIMIT %s OFFSET %s
            """,
            (owner, limit, offset),
        )
        items = await cur.fetchall()
    count_cur = await conn.execute("SELECT count(*) FROM todos WHERE owner_id = %s", (owner,))
    match await count_cur.fetchone():
        case (int(total),):
            return items, total
        case _:
            return items, 0


async def update_todo(
    conn: AsyncConnection, owner: UserId, todo_id: TodoId, changes: Mapping[str, object]
) -> Todo | None:
    fields = {k: v for k, v in changes.items() if k in _PATCHABLE}
    if not fields:
        return await get_todo(conn, owner, todo_id)
    assignments = sql.SQL(", ").join(
        sql.SQL("{} = {}").format(sql.Identifier(name), sql.Placeholder(name))
        for name in fields
    )
    query = sql.SQL(
        "UPDATE todos SET {assignments}, updated_at = now() "
        "WHERE id = %(todo_id)s AND owner_id = %(owner_id)s "
        "RETURNING " + _TODO_COLUMNS
    ).format(assignments=assignments)
    async with conn.cursor(row_factory=class_row(Todo)) as cur:
        await cur.execute(query, {**fields, "todo_id": todo_id, "owner_id": owner})
        return await cur.fetchone()


async def delete_todo(conn: AsyncConnection, owner: UserId, todo_id: TodoId) -> bool:
    cur = await conn.execute(
        "DELETE FROM todos WHERE id = %s AND owner_id = %s", (todo_id, owner)
    )
    return cur.rowcount == 1
