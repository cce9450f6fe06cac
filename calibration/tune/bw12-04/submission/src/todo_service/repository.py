"""All SQL lives here. Every query is parameterised; no string formatting of values."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone


def utcnow() -> datetime:
    return datetime.now(timezone.utc)


def _iso(moment: datetime) -> str:
    return moment.isoformat(timespec="microseconds")


@dataclass(frozen=True)
class UserRecord:
    id: int
    username: str
    password_hash: str
    created_at: datetime


@dataclass(frozen=True)
class TodoRecord:
    id: int
    title: str
    description: str | None
    done: bool
    created_at: datetime
    updated_at: datetime


def _user(row: sqlite3.Row) -> UserRecord:
    return UserRecord(
        id=row["id"],
        username=row["username"],
        password_hash=row["password_hash"],
        created_at=datetime.fromisoformat(row["created_at"]),
    )


def _todo(row: sqlite3.Row) -> TodoRecord:
    return TodoRecord(
        id=row["id"],
        title=row["title"],
        description=row["description"],
        done=bool(row["done"]),
        created_at=datetime.fromisoformat(row["created_at"]),
        updated_at=datetime.fromisoformat(row["updated_at"]),
    )


class UsernameTaken(Exception):
    pass


# --- users -------------------------------------------------------------------


def create_user(conn: sqlite3.Connection, username: str, password_hash: str) -> UserRecord:
    now = _iso(utcnow())
    try:
        with conn:
            cur = conn.execute(
                "INSERT INTO users (username, password_hash, created_at) VALUES (?, ?, ?)",
                (username, password_hash, now),
            )
    except sqlite3.IntegrityError as exc:
        raise UsernameTaken(username) from exc
    return UserRecord(cur.lastrowid or 0, username, password_hash, datetime.fromisoformat(now))


def get_user_by_username(conn: sqlite3.Connection, username: str) -> UserRecord | None:
    row = conn.execute("SELECT * FROM users WHERE username = ?", (username,)).fetchone()
    return _user(row) if row else None


def update_password_hash(conn: sqlite3.Connection, user_id: int, password_hash: str) -> None:
    with conn:
        conn.execute("UPDATE users SET password_hash = ? WHERE id = ?", (password_hash, user_id))


# --- tokens ------------------------------------------------------------------


def store_token(conn: sqlite3.Connection, digest: str, user_id: int, ttl: timedelta) -> None:
    now = utcnow()
    with conn:
        conn.execute("DELETE FROM tokens WHERE user_id = ? AND expires_at <= ?", (user_id, _iso(now)))
        conn.execute(
            "INSERT INTO tokens (token_digest, user_id, expires_at) VALUES (?, ?, ?)",
            (digest, user_id, _iso(now + ttl)),
        )


def get_user_by_token(conn: sqlite3.Connection, digest: str) -> UserRecord | None:
    row = conn.execute(
        "SELECT users.* FROM tokens JOIN users ON users.id = tokens.user_id "
        "WHERE tokens.token_digest = ? AND tokens.expires_at > ?",
        (digest, _iso(utcnow())),
    ).fetchone()
    return _user(row) if row else None


def delete_token(conn: sqlite3.Connection, digest: str) -> None:
    with conn:
        conn.execute("DELETE FROM tokens WHERE token_digest = ?", (digest,))


# --- todos -------------------------------------------------------------------


def create_todo(
    conn: sqlite3.Connection, owner_id: int, title: str, description: str | None, done: bool
) -> TodoRecord:
    now = _iso(utcnow())
    with conn:
        cur = conn.execute(
            "INSERT INTO todos (owner_id, title, description, done, created_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            (owner_id, title, description, int(done), now, now),
        )
    todo = get_todo(conn, owner_id, cur.lastrowid or 0)
    assert todo is not None
    return todo


def get_todo(conn: sqlite3.Connection, owner_id: int, todo_id: int) -> TodoRecord | None:
    row = conn.execute(
        "SELECT * FROM todos WHERE id = ? AND owner_id = ?", (todo_id, owner_id)
    ).fetchone()
    return _todo(row) if row else None


def list_todos(
    conn: sqlite3.Connection, owner_id: int, limit: int, offset: int
) -> tuple[list[TodoRecord], int]:
    total = conn.execute("SELECT COUNT(*) FROM todos WHERE owner_id = ?", (owner_id,)).fetchone()[0]
    rows = conn.execute(
        "SELECT * FROM todos WHERE owner_id = ? ORDER BY id LIMIT ? OFFSET ?",
        (owner_id, limit, offset),
    ).fetchall()
    return [_todo(row) for row in rows], total


def update_todo(
    conn: sqlite3.Connection, owner_id: int, todo_id: int, changes: dict[str, object]
) -> TodoRecord | None:
    current = get_todo(conn, owner_id, todo_id)
    if current is None:
        return None
    title = changes.get("title", current.title)
    description = changes.get("description", current.description)
    done = changes.get("done", current.done)
    with conn:
        conn.execute(
            "UPDATE todos SET title = ?, description = ?, done = ?, updated_at = ? "
            "WHERE id = ? AND owner_id = ?",
            (title, description, int(bool(done)), _iso(utcnow()), todo_id, owner_id),
        )
    return get_todo(conn, owner_id, todo_id)


def delete_todo(conn: sqlite3.Connection, owner_id: int, todo_id: int) -> bool:
    with conn:
        cur = conn.execute("DELETE FROM todos WHERE id = ? AND owner_id = ?", (todo_id, owner_id))
    return cur.rowcount == 1
