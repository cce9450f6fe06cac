"""SQLite access. Every function takes the connection explicitly; no module state."""

from __future__ import annotations

import sqlite3
from datetime import datetime

from .domain import NewTodo, Page, PageParams, Todo, TodoId, User, UserId
from .errors import UsernameTaken

_SCHEMA = """
CREATE TABLE IF NOT EXISTS users (
    id            INTEGER PRIMARY KEY,
    username      TEXT NOT NULL UNIQUE,
    password_hash TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS sessions (
    token_digest TEXT PRIMARY KEY,
    user_id      INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    expires_at   TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS todos (
    id          INTEGER PRIMARY KEY,
    owner_id    INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    title       TEXT NOT NULL,
    description TEXT,
    done        INTEGER NOT NULL DEFAULT 0,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS todos_owner_id ON todos(owner_id, id);
"""

_TODO_COLUMNS = "id, owner_id, title, description, done, created_at, updated_at"


def connect(path: str) -> sqlite3.Connection:
    # One connection per request; it never crosses requests, only threads of the pool.
    conn = sqlite3.connect(path, check_same_thread=False)
    conn.row_factory = sqlite3.Row
    conn.execute("PRAGMA foreign_keys = ON")
    return conn


def migrate(path: str) -> None:
    conn = connect(path)
    try:
        conn.executescript(_SCHEMA)
    finally:
        conn.close()


def _todo(row: sqlite3.Row) -> Todo:
    return Todo.model_validate(dict(row))


# ---------------------------------------------------------------- users & sessions


def insert_user(
    conn: sqlite3.Connection, username: str, password_hash: str
) -> User | UsernameTaken:
    try:
        with conn:
            cur = conn.execute(
                "INSERT INTO users (username, password_hash) VALUES (?, ?)",
                (username, password_hash),
            )
    except sqlite3.IntegrityError:
        return UsernameTaken(username)
    assert cur.lastrowid is not None
    return User(id=UserId(cur.lastrowid), username=username, password_hash=password_hash)


def find_user(conn: sqlite3.Connection, username: str) -> User | None:
    row = conn.execute(
        "SELECT id, username, password_hash FROM users WHERE username = ?", (username,)
    ).fetchone()
    return None if row is None else User.model_validate(dict(row))


def insert_session(
    conn: sqlite3.Connection, digest: str, user_id: UserId, expires_at: datetime
) -> None:
    with conn:
        conn.execute(
            "INSERT INTO sessions (token_digest, user_id, expires_at) VALUES (?, ?, ?)",
            (digest, user_id, expires_at.isoformat()),
        )


def session_user(conn: sqlite3.Connection, digest: str, now: datetime) -> UserId | None:
    row = conn.execute(
        "SELECT user_id FROM sessions WHERE token_digest = ? AND expires_at > ?",
        (digest, now.isoformat()),
    ).fetchone()
    return None if row is None else UserId(row["user_id"])


# ---------------------------------------------------------------- todos


def insert_todo(conn: sqlite3.Connection, owner: UserId, new: NewTodo, now: datetime) -> Todo:
    with conn:
        cur = conn.execute(
            "INSERT INTO todos (owner_id, title, description, done, created_at, updated_at)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            (owner, new.title, new.description, new.done, now.isoformat(), now.isoformat()),
        )
    assert cur.lastrowid is not None
    return Todo(
        id=TodoId(cur.lastrowid),
        owner_id=owner,
        title=new.title,
        description=new.description,
        done=new.done,
        created_at=now,
        updated_at=now,
    )


def get_todo(conn: sqlite3.Connection, owner: UserId, todo_id: TodoId) -> Todo | None:
    row = conn.execute(
        f"SELECT {_TODO_COLUMNS} FROM todos WHERE id = ? AND owner_id = ?", (todo_id, owner)
    ).fetchone()
    return None if row is None else _todo(row)


def list_todos(conn: sqlite3.Connection, owner: UserId, params: PageParams) -> Page[Todo]:
    rows = conn.execute(
        f"SELECT {_TODO_COLUMNS} FROM todos WHERE owner_id = ? ORDER BY id LIMIT ? OFFSET ?",
        (owner, params.limit, params.offset),
    ).fetchall()
    (total,) = conn.execute("SELECT COUNT(*) FROM todos WHERE owner_id = ?", (owner,)).fetchone()
    return Page[Todo](
        items=tuple(_todo(r) for r in rows), total=total, limit=params.limit, offset=params.offset
    )


def save_todo(conn: sqlite3.Connection, todo: Todo) -> None:
    with conn:
        conn.execute(
            "UPDATE todos SET title = ?, description = ?, done = ?, updated_at = ?"
            " WHERE id = ? AND owner_id = ?",
            (
                todo.title,
                todo.description,
                todo.done,
                todo.updated_at.isoformat(),
                todo.id,
                todo.owner_id,
            ),
        )


def delete_todo(conn: sqlite3.Connection, owner: UserId, todo_id: TodoId) -> bool:
    with conn:
        cur = conn.execute("DELETE FROM todos WHERE id = ? AND owner_id = ?", (todo_id, owner))
    return cur.rowcount == 1
