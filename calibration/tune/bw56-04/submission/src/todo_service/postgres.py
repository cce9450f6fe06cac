"""PostgreSQL adapter: psycopg 3, async connection pool, one transaction per use case."""

from __future__ import annotations

import hmac
from collections.abc import Mapping
from typing import Any, Final
from uuid import UUID

from psycopg import AsyncConnection, sql
from psycopg.rows import DictRow, dict_row
from psycopg.types.json import Jsonb
from psycopg_pool import AsyncConnectionPool

from .config import Settings
from .repository import (
    UPDATABLE_COLUMNS,
    Created,
    IdempotencyConflict,
    IdempotencyKey,
    UserRecord,
    UsernameTaken,
)
from .schemas import Todo, TodoCreate

Pool = AsyncConnectionPool[AsyncConnection[DictRow]]

_MIGRATION_LOCK_ID: Final = 0x70D0  # arbitrary, shared by every instance of this service

SCHEMA: Final = """
CREATE TABLE IF NOT EXISTS users (
    id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    username      text NOT NULL UNIQUE,
    password_hash text NOT NULL,
    created_at    timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE IF NOT EXISTS todos (
    id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    owner_id    uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    title       text NOT NULL CHECK (char_length(title) BETWEEN 1 AND 200),
    description text CHECK (char_length(description) <= 2000),
    done        boolean NOT NULL DEFAULT false,
    created_at  timestamptz NOT NULL DEFAULT now(),
    updated_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX IF NOT EXISTS todos_owner_order_idx ON todos (owner_id, created_at, id);

CREATE TABLE IF NOT EXISTS idempotency_keys (
    owner_id    uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    key         text NOT NULL,
    fingerprint text NOT NULL,
    response    jsonb,
    created_at  timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (owner_id, key)
);
"""

_USER_COLUMNS: Final = "id, username, password_hash, created_at"
_TODO_COLUMNS: Final = "id, title, description, done, created_at, updated_at"


def create_pool(settings: Settings) -> Pool:
    return AsyncConnectionPool(
        settings.database_url,
        connection_class=AsyncConnection[DictRow],
        kwargs={"row_factory": dict_row},
        min_size=settings.db_pool_min_size,
        max_size=settings.db_pool_max_size,
        timeout=settings.db_pool_timeout_seconds,
        open=False,
    )


async def migrate(pool: Pool) -> None:
    """Idempotent schema setup; the advisory lock serialises concurrently starting replicas."""
    async with pool.connection() as conn, conn.transaction():
        await conn.execute("SELECT pg_advisory_xact_lock(%s)", (_MIGRATION_LOCK_ID,))
        await conn.execute(SCHEMA)


def _user(row: DictRow) -> UserRecord:
    return UserRecord(
        id=row["id"],
        username=row["username"],
        password_hash=row["password_hash"],
        created_at=row["created_at"],
    )


class PostgresRepository:
    def __init__(self, pool: Pool) -> None:
        self._pool = pool

    # -- users ---------------------------------------------------------------

    async def create_user(self, username: str, password_hash: str) -> UserRecord:
        async with self._pool.connection() as conn:
            cur = await conn.execute(
                "INSERT INTO users (username, password_hash) VALUES (%s, %s) "
                f"ON CONFLICT (username) DO NOTHING RETURNING {_USER_COLUMNS}",
                (username, password_hash),
            )
            row = await cur.fetchone()
        if row is None:
            raise UsernameTaken(username)
        return _user(row)

    async def get_user(self, user_id: UUID) -> UserRecord | None:
        async with self._pool.connection() as conn:
            cur = await conn.execute(
                f"SELECT {_USER_COLUMNS} FROM users WHERE id = %s", (user_id,)
            )
            row = await cur.fetchone()
        return None if row is None else _user(row)

    async def get_user_by_username(self, username: str) -> UserRecord | None:
        async with self._pool.connection() as conn:
            cur = await conn.execute(
                f"SELECT {_USER_COLUMNS} FROM users WHERE username = %s", (username,)
            )
            row = await cur.fetchone()
        return None if row is None else _user(row)

    # -- todos ---------------------------------------------------------------

    async def create_todo(
        self, owner_id: UUID, data: TodoCreate, idempotency: IdempotencyKey | None
    ) -> Created:
        async with self._pool.connection() as conn, conn.transaction():
            if idempotency is not None:
                # Claim the key. A concurrent request with the same key blocks on the primary
                # key until we commit, then sees the conflict and replays our response.
                cur = await conn.execute(
                    "INSERT INTO idempotency_keys (owner_id, key, fingerprint) "
                    "VALUES (%s, %s, %s) ON CONFLICT (owner_id, key) DO NOTHING RETURNING key",
                    (owner_id, idempotency.key, idempotency.fingerprint),
                )
                if await cur.fetchone() is None:
                    return await self._replay(conn, owner_id, idempotency)

            cur = await conn.execute(
                "INSERT INTO todos (owner_id, title, description, done) VALUES (%s, %s, %s, %s) "
                f"RETURNING {_TODO_COLUMNS}",
                (owner_id, data.title, data.description, data.done),
            )
            row = await cur.fetchone()
            assert row is not None  # INSERT ... RETURNING always yields the row
            todo = Todo.model_validate(row)

            if idempotency is not None:
                await conn.execute(
                    "UPDATE idempotency_keys SET response = %s WHERE owner_id = %s AND key = %s",
                    (Jsonb(todo.model_dump(mode="json")), owner_id, idempotency.key),
                )
            return Created(todo=todo, replayed=False)

    async def _replay(
        self, conn: AsyncConnection[DictRow], owner_id: UUID, idempotency: IdempotencyKey
    ) -> Created:
        cur = await conn.execute(
            "SELECT fingerprint, response FROM idempotency_keys WHERE owner_id = %s AND key = %s",
            (owner_id, idempotency.key),
        )
        row = await cur.fetchone()
        if (
            row is None
            or row["response"] is None
            or not hmac.compare_digest(row["fingerprint"], idempotency.fingerprint)
        ):
            raise IdempotencyConflict(idempotency.key)
        return Created(todo=Todo.model_validate(row["response"]), replayed=True)

    async def list_todos(self, owner_id: UUID, limit: int, offset: int) -> tuple[list[Todo], int]:
        async with self._pool.connection() as conn:
            cur = await conn.execute(
                f"SELECT {_TODO_COLUMNS} FROM todos WHERE owner_id = %s "
                "ORDER BY created_at, id LIMIT %s OFFSET %s",
                (owner_id, limit, offset),
            )
            rows = await cur.fetchall()
            cur = await conn.execute(
                "SELECT count(*) AS n FROM todos WHERE owner_id = %s", (owner_id,)
            )
            count = await cur.fetchone()
        total = 0 if count is None else int(count["n"])
        return [Todo.model_validate(row) for row in rows], total

    async def get_todo(self, owner_id: UUID, todo_id: UUID) -> Todo | None:
        async with self._pool.connection() as conn:
            cur = await conn.execute(
                f"SELECT {_TODO_COLUMNS} FROM todos WHERE id = %s AND owner_id = %s",
                (todo_id, owner_id),
            )
            row = await cur.fetchone()
        return None if row is None else Todo.model_validate(row)

    async def update_todo(
        self, owner_id: UUID, todo_id: UUID, changes: Mapping[str, object]
    ) -> Todo | None:
        unknown = set(changes) - UPDATABLE_COLUMNS
        if unknown:
            raise ValueError(f"not updatable: {sorted(unknown)}")
        if not changes:
            return await self.get_todo(owner_id, todo_id)

        assignments = sql.SQL(", ").join(
            sql.SQL("{} = {}").format(sql.Identifier(column), sql.Placeholder(column))
            for column in changes
        )
        query = sql.SQL(
            "UPDATE todos SET {assignments}, updated_at = now() "
            "WHERE id = %(todo_id)s AND owner_id = %(owner_id)s "
            f"RETURNING {_TODO_COLUMNS}"
        ).format(assignments=assignments)
        params: dict[str, Any] = {**changes, "todo_id": todo_id, "owner_id": owner_id}

        async with self._pool.connection() as conn:
            cur = await conn.execute(query, params)
            row = await cur.fetchone()
        return None if row is None else Todo.model_validate(row)

    async def delete_todo(self, owner_id: UUID, todo_id: UUID) -> bool:
        async with self._pool.connection() as conn:
            cur = await conn.execute(
                "DELETE FROM todos WHERE id = %s AND owner_id = %s", (todo_id, owner_id)
            )
        return cur.rowcount == 1
