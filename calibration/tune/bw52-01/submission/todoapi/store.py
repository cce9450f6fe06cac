from dataclasses import dataclass
from datetime import datetime
from typing import Any

import psycopg

from todoapi.db import DB
from todoapi.errs import APIError, conflict, not_found


@dataclass(frozen=True)
class User:
    id: int
    username: str
    password_hash: str
    created_at: datetime


@dataclass(frozen=True)
class Todo:
    id: int
    owner_id: int
    title: str
    description: str | None
    done: bool
    created_at: datetime
    updated_at: datetime


_TODO_COLUMNS = "id, owner_id, title, description, done, created_at, updated_at"

# Columns a client is allowed to change. Anything else in the update map is ignored.
_UPDATABLE = ("title", "description", "done")


class Store:
    def __init__(self, db: DB) -> None:
        self.db = db

    # ---- users ----

    def create_user(self, username: str, password_hash: str) -> tuple[User | None, APIError | None]:
        with self.db.mu:
            try:
                row = self.db.conn.execute(
                    "INSERT INTO users (username, password_hash) VALUES (%s, %s) "
                    "RETURNING id, username, password_hash, created_at",
                    (username, password_hash),
                ).fetchone()
            except psycopg.errors.UniqueViolation:
                return None, conflict("username already taken")
        if row is None:
            return None, APIError(500, "internal", "insert returned no row")
        return User(**row), None

    def user_by_username(self, username: str) -> User | None:
        with self.db.mu:
            row = self.db.conn.execute(
                "SELECT id, username, password_hash, created_at FROM users WHERE username = %s",
                (username,),
            ).fetchone()
        return User(**row) if row is not None else None

    def user_by_id(self, user_id: int) -> User | None:
        with self.db.mu:
            row = self.db.conn.execute(
                "SELECT id, username, password_hash, created_at FROM users WHERE id = %s",
                (user_id,),
            ).fetchone()
        return User(**row) if row is not None else None

    # ---- todos ----

    def create_todo(self, owner_id: int, title: str, description: str | None, done: bool) -> Todo:
        with self.db.mu:
            row = self.db.conn.execute(
                f"INSERT INTO todos (owner_id, title, description, done) VALUES (%s, %s, %s, %s) "
                f"RETURNING {_TODO_COLUMNS}",
                (owner_id, title, description, done),
            ).fetchone()
        assert row is not None
        return Todo(**row)

    def list_todos(self, owner_id: int, limit: int, offset: int) -> list[Todo]:
        with self.db.mu:
            rows = self.db.conn.execute(
                f"SELECT {_TODO_COLUMNS} FROM todos WHERE owner_id = %s ORDER BY id LIMIT %s OFFSET %s",
                (owner_id, limit, offset),
            ).fetchall()
        return [Todo(**r) for r in rows]

    def count_todos(self, owner_id: int) -> int:
        with self.db.mu:
            row = self.db.conn.execute(
                "SELECT count(*) AS n FROM todos WHERE owner_id = %s", (owner_id,)
            ).fetchone()
        return int(row["n"]) if row is not None else 0

    def get_todo(self, owner_id: int, todo_id: int) -> tuple[Todo | None, APIError | None]:
        with self.db.mu:
            row = self.db.conn.execute(
                f"SELECT {_TODO_COLUMNS} FROM todos WHERE id = %s AND owner_id = %s",
                (todo_id, owner_id),
            ).fetchone()
        if row is None:
            return None, not_found("todo")
        return Todo(**row), None

    def update_todo(
        self, owner_id: int, todo_id: int, fields: dict[str, Any]
    ) -> tuple[Todo | None, APIError | None]:
        cols = [c for c in _UPDATABLE if c in fields]
        if len(cols) == 0:
            return self.get_todo(owner_id, todo_id)

        assignments = ", ".join(f"{c} = %s" for c in cols)
        params: list[Any] = [fields[c] for c in cols]
        params.extend([todo_id, owner_id])
        sql = (
            f"UPDATE todos SET {assignments}, updated_at = now() "
            f"WHERE id = %s AND owner_id = %s RETURNING {_TODO_COLUMNS}"
        )
        with self.db.mu:
            row = self.db.conn.execute(sql, params).fetchone()
        if row is None:
            return None, not_found("todo")
        return Todo(**row), None

    def delete_todo(self, owner_id: int, todo_id: int) -> APIError | None:
        with self.db.mu:
            cur = self.db.conn.execute(
                "DELETE FROM todos WHERE id = %s AND owner_id = %s", (todo_id, owner_id)
            )
        if cur.rowcount == 0:
            return not_found("todo")
        return None
