"""All SQL lives here. Values are always bound as parameters."""
from __future__ import annotations

import sqlite3
from datetime import datetime
from typing import Any

# Columns a client may change through PATCH. Used to build the SET clause below; nothing
# from the request body is ever interpolated into SQL text.
UPDATABLE_TODO_COLUMNS: tuple[str, ...] = ("title", "description", "done")


def create_user(conn: sqlite3.Connection, username: str, password_hash: str) -> int:
    cur = conn.execute(
        "INSERT INTO users (username, password_hash) VALUES (?, ?)",
        (username, password_hash),
    )
    return int(cur.lastrowid)


def get_user_by_username(conn: sqlite3.Connection, username: str) -> sqlite3.Row | None:
    return conn.execute(
        "SELECT id, username, password_hash FROM users WHERE username = ?", (username,)
    ).fetchone()


def store_token(conn: sqlite3.Connection, digest: str, user_id: int, expires_at: datetime) -> None:
    conn.execute(
        "INSERT INTO auth_tokens (token_digest, user_id, expires_at) VALUES (?, ?, ?)",
        (digest, user_id, expires_at.isoformat()),
    )


def get_user_for_token(conn: sqlite3.Connection, digest: str, now: datetime) -> sqlite3.Row | None:
    return conn.execute(
        """
        SELECT u.id, u.username
        FROM auth_tokens t JOIN users u ON u.id = t.user_id
        WHERE t.token_digest = ? AND t.expires_at > ?
        """,
        (digest, now.isoformat()),
    ).fetchone()


def insert_todo(
    conn: sqlite3.Connection, owner_id: int, title: str, description: str | None, done: bool
) -> sqlite3.Row:
    cur = conn.execute(
        "INSERT INTO todos (owner_id, title, description, done) VALUES (?, ?, ?, ?)",
        (owner_id, title, description, int(done)),
    )
    row = get_todo(conn, owner_id, int(cur.lastrowid))
    assert row is not None
    return row


def get_todo(conn: sqlite3.Connection, owner_id: int, todo_id: int) -> sqlite3.Row | None:
    return conn.execute(
        "SELECT id, title, description, done, created_at FROM todos WHERE id = ? AND owner_id = ?",
        (todo_id, owner_id),
    ).fetchone()


def list_todos(
    conn: sqlite3.Connection, owner_id: int, limit: int, offset: int
) -> tuple[list[sqlite3.Row], int]:
    rows = conn.execute(
        """
        SELECT id, title, description, done, created_at FROM todos
        WHERE owner_id = ? ORDER BY id LIMIT ? OFFSET ?
        """,
        (owner_id, limit, offset),
    ).fetchall()
    total = conn.execute("SELECT COUNT(*) FROM todos WHERE owner_id = ?", (owner_id,)).fetchone()[0]
    return rows, int(total)


def update_todo(
    conn: sqlite3.Connection, owner_id: int, todo_id: int, changes: dict[str, Any]
) -> sqlite3.Row | None:
    columns = [c for c in UPDATABLE_TODO_COLUMNS if c in changes]
    if columns:
        assignments = ", ".join(f"{column} = ?" for column in columns)
        params = [changes[c] for c in columns] + [todo_id, owner_id]
        conn.execute(f"UPDATE todos SET {assignments} WHERE id = ? AND owner_id = ?", params)
    return get_todo(conn, owner_id, todo_id)


def delete_todo(conn: sqlite3.Connection, owner_id: int, todo_id: int) -> bool:
    cur = conn.execute("DELETE FROM todos WHERE id = ? AND owner_id = ?", (todo_id, owner_id))
    return cur.rowcount > 0
