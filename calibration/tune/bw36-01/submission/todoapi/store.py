"""SQLite storage layer.

Every function takes an open connection as its first argument. The HTTP layer
opens one connection per request (see handlers.get_db) and closes it at the end.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import datetime, timezone

SCHEMA = """
CREATE TABLE IF NOT EXISTS users (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    username      TEXT    NOT NULL UNIQUE,
    password_hash BLOB    NOT NULL,
    created_at    TEXT    NOT NULL
);

CREATE TABLE IF NOT EXISTS todos (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    owner_id    INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    title       TEXT    NOT NULL,
    description TEXT,
    done        INTEGER NOT NULL DEFAULT 0,
    created_at  TEXT    NOT NULL,
    updated_at  TEXT    NOT NULL
);

CREATE INDEX IF NOT EXISTS idx_todos_owner ON todos (owner_id, id);
"""

# Fields a client may change with PATCH, mapped to their column names.
# This map is the only place column names in update_todo come from.
UPDATABLE_COLUMNS: dict[str, str] = {
    "title": "title",
    "description": "description",
    "done": "done",
}


class ErrNotFound(Exception):
    """The row does not exist or is not owned by the caller."""


class ErrUsernameTaken(Exception):
    """The username is already registered."""


@dataclass(frozen=True)
class UserRow:
    id: int
    username: str
    password_hash: bytes


@dataclass(frozen=True)
class TodoRow:
    id: int
    owner_id: int
    title: str
    description: str | None
    done: bool
    created_at: datetime
    updated_at: datetime


def _now() -> str:
    return datetime.now(timezone.utc).isoformat()


def open_db(path: str) -> sqlite3.Connection:
    # check_same_thread=False because FastAPI may run the dependency that opens
    # the connection and the handler that uses it on different worker threads.
    # A connection still belongs to exactly one request; it is never shared.
    conn = sqlite3.connect(path, check_same_thread=False, timeout=5.0)
    conn.row_factory = sqlite3.Row
    conn.execute("PRAGMA foreign_keys = ON")
    return conn


def migrate(path: str) -> None:
    conn = open_db(path)
    try:
        conn.executescript(SCHEMA)
        conn.commit()
    finally:
        conn.close()


def _user_from_row(row: sqlite3.Row) -> UserRow:
    return UserRow(id=row["id"], username=row["username"], password_hash=row["password_hash"])


def _todo_from_row(row: sqlite3.Row) -> TodoRow:
    return TodoRow(
        id=row["id"],
        owner_id=row["owner_id"],
        title=row["title"],
        description=row["description"],
        done=bool(row["done"]),
        created_at=datetime.fromisoformat(row["created_at"]),
        updated_at=datetime.fromisoformat(row["updated_at"]),
    )


# ---- users ---------------------------------------------------------------


def create_user(conn: sqlite3.Connection, username: str, password_hash: bytes) -> UserRow:
    try:
        with conn:
            cur = conn.execute(
                "INSERT INTO users (username, password_hash, created_at) VALUES (?, ?, ?)",
                (username, password_hash, _now()),
            )
    except sqlite3.IntegrityError as err:
        raise ErrUsernameTaken(username) from err
    assert cur.lastrowid is not None
    return UserRow(id=cur.lastrowid, username=username, password_hash=password_hash)


def get_user_by_username(conn: sqlite3.Connection, username: str) -> UserRow:
    row = conn.execute(
        "SELECT id, username, password_hash FROM users WHERE username = ?", (username,)
    ).fetchone()
    if row is None:
        raise ErrNotFound
    return _user_from_row(row)


def get_user_by_id(conn: sqlite3.Connection, user_id: int) -> UserRow:
    row = conn.execute(
        "SELECT id, username, password_hash FROM users WHERE id = ?", (user_id,)
    ).fetchone()
    if row is None:
        raise ErrNotFound
    return _user_from_row(row)


# ---- todos ---------------------------------------------------------------


def create_todo(
    conn: sqlite3.Connection,
    owner_id: int,
    title: str,
    description: str | None,
    done: bool,
) -> TodoRow:
    now = _now()
    with conn:
        cur = conn.execute(
            "INSERT INTO todos (owner_id, title, description, done, created_at, updated_at)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            (owner_id, title, description, int(done), now, now),
        )
    assert cur.lastrowid is not None
    return get_todo(conn, owner_id, cur.lastrowid)


def get_todo(conn: sqlite3.Connection, owner_id: int, todo_id: int) -> TodoRow:
    row = conn.execute(
        "SELECT * FROM todos WHERE id = ? AND owner_id = ?", (todo_id, owner_id)
    ).fetchone()
    if row is None:
        raise ErrNotFound
    return _todo_from_row(row)


def list_todos(
    conn: sqlite3.Connection, owner_id: int, limit: int, offset: int
) -> tuple[list[TodoRow], int]:
    rows = conn.execute(
        "SELECT * FROM todos WHERE owner_id = ? ORDER BY id LIMIT ? OFFSET ?",
        (owner_id, limit, offset),
    ).fetchall()
    (total,) = conn.execute(
        "SELECT COUNT(*) FROM todos WHERE owner_id = ?", (owner_id,)
    ).fetchone()
    return [_todo_from_row(r) for r in rows], int(total)


def update_todo(
    conn: sqlite3.Connection, owner_id: int, todo_id: int, changes: dict[str, object]
) -> TodoRow:
    assignments: list[str] = []
    params: list[object] = []
    for field, value in changes.items():
        column = UPDATABLE_COLUMNS.get(field)
        if column is None:
            raise ValueError(f"field {field!r} cannot be updated")
        assignments.append(f"{column} = ?")
        params.append(int(value) if isinstance(value, bool) else value)

    if not assignments:
        return get_todo(conn, owner_id, todo_id)

    assignments.append("updated_at = ?")
    params.append(_now())
    params.extend([todo_id, owner_id])

    with conn:
        cur = conn.execute(
            f"UPDATE todos SET {', '.join(assignments)} WHERE id = ? AND owner_id = ?",
            params,
        )
    if cur.rowcount == 0:
        raise ErrNotFound
    return get_todo(conn, owner_id, todo_id)


def delete_todo(conn: sqlite3.Connection, owner_id: int, todo_id: int) -> None:
    with conn:
        cur = conn.execute(
            "DELETE FROM todos WHERE id = ? AND owner_id = ?", (todo_id, owner_id)
        )
    if cur.rowcount == 0:
        raise ErrNotFound
