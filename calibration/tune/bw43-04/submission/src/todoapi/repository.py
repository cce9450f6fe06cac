"""All SQL lives here. Every value is a bound parameter."""
from __future__ import annotations

import sqlite3
from collections.abc import Mapping

TODO_COLUMNS = "id, title, description, done, created_at, updated_at"
_NOW = "strftime('%Y-%m-%dT%H:%M:%fZ', 'now')"

# The only identifiers that may be interpolated into the dynamic SET clause below.
UPDATABLE_COLUMNS: frozenset[str] = frozenset({"title", "description", "done"})

INSERT_USER_SQL = (
    "INSERT INTO users (username, password_hash) VALUES (?, ?) "
    "RETURNING id, username, created_at"
)
SELECT_CREDENTIALS_SQL = "SELECT id, password_hash FROM users WHERE username = ?"
SELECT_USER_SQL = "SELECT id, username, created_at FROM users WHERE id = ?"

INSERT_TODO_SQL = (
    "INSERT INTO todos (owner_id, title, description, done) VALUES (?, ?, ?, ?) "
    f"RETURNING {TODO_COLUMNS}"
)
SELECT_TODO_SQL = f"SELECT {TODO_COLUMNS} FROM todos WHERE id = ? AND owner_id = ?"
LIST_TODOS_SQL = (
    f"SELECT {TODO_COLUMNS} FROM todos WHERE owner_id = ? ORDER BY id LIMIT ? OFFSET ?"
)
COUNT_TODOS_SQL = "SELECT count(*) FROM todos WHERE owner_id = ?"
DELETE_TODO_SQL = "DELETE FROM todos WHERE id = ? AND owner_id = ?"


class UsernameTaken(Exception):
    pass


def _single(cursor: sqlite3.Cursor) -> sqlite3.Row | None:
    # Drain the cursor. A DML statement with RETURNING is only finished (and the enclosing
    # transaction only COMMIT-able) once sqlite3_step() has returned SQLITE_DONE.
    rows = cursor.fetchall()
    return rows[0] if rows else None


def insert_user(conn: sqlite3.Connection, username: str, password_hash: str) -> sqlite3.Row:
    try:
        row = _single(conn.execute(INSERT_USER_SQL, (username, password_hash)))
    except sqlite3.IntegrityError as exc:
        raise UsernameTaken(username) from exc
    assert row is not None
    return row


def get_credentials(conn: sqlite3.Connection, username: str) -> sqlite3.Row | None:
    return _single(conn.execute(SELECT_CREDENTIALS_SQL, (username,)))


def get_user(conn: sqlite3.Connection, user_id: int) -> sqlite3.Row | None:
    return _single(conn.execute(SELECT_USER_SQL, (user_id,)))


def insert_todo(
    conn: sqlite3.Connection, owner_id: int, title: str, description: str | None, done: bool
) -> sqlite3.Row:
    row = _single(conn.execute(INSERT_TODO_SQL, (owner_id, title, description, int(done))))
    assert row is not None
    return row


def get_todo(conn: sqlite3.Connection, owner_id: int, todo_id: int) -> sqlite3.Row | None:
    return _single(conn.execute(SELECT_TODO_SQL, (todo_id, owner_id)))


def list_todos(
    conn: sqlite3.Connection, owner_id: int, limit: int, offset: int
) -> list[sqlite3.Row]:
    return conn.execute(LIST_TODOS_SQL, (owner_id, limit, offset)).fetchall()


def count_todos(conn: sqlite3.Connection, owner_id: int) -> int:
    row = _single(conn.execute(COUNT_TODOS_SQL, (owner_id,)))
    return int(row[0]) if row is not None else 0


def update_todo(
    conn: sqlite3.Connection, owner_id: int, todo_id: int, changes: Mapping[str, object]
) -> sqlite3.Row | None:
    """Apply a partial update; returns the new row, or None if no such todo for this owner."""
    unknown = set(changes) - UPDATABLE_COLUMNS
    if unknown:
        raise ValueError(f"not updatable: {sorted(unknown)}")
    if not changes:
        return get_todo(conn, owner_id, todo_id)

    params = {k: int(v) if k == "done" else v for k, v in changes.items()}
    assignments = ", ".join(f"{column} = :{column}" for column in sorted(params))
    sql = (
        f"UPDATE todos SET {assignments}, updated_at = {_NOW} "
        f"WHERE id = :todo_id AND owner_id = :owner_id RETURNING {TODO_COLUMNS}"
    )
    return _single(conn.execute(sql, {**params, "todo_id": todo_id, "owner_id": owner_id}))


def delete_todo(conn: sqlite3.Connection, owner_id: int, todo_id: int) -> bool:
    return conn.execute(DELETE_TODO_SQL, (todo_id, owner_id)).rowcount == 1
