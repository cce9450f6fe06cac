"""Typed data access. Every function takes the connection explicitly.

Expected failures come back as values from `errors`, never as exceptions.
"""

import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Final, NewType

from todo_api import security
from todo_api.errors import InvalidCredentials, InvalidToken, TodoNotFound, UsernameTaken

UserId = NewType("UserId", int)
TOKEN_TTL: Final = timedelta(hours=12)

# Columns a PATCH may touch. Update statements are built from this tuple only.
UPDATABLE_COLUMNS: Final = ("title", "description", "done")


@dataclass(frozen=True, slots=True)
class User:
    id: UserId
    username: str
    created_at: datetime


@dataclass(frozen=True, slots=True)
class Todo:
    id: int
    title: str
    description: str | None
    done: bool
    created_at: datetime
    updated_at: datetime


@dataclass(frozen=True, slots=True)
class IssuedToken:
    token: str
    expires_at: datetime


def _now() -> datetime:
    return datetime.now(UTC)


def _todo(row: sqlite3.Row) -> Todo:
    return Todo(
        id=row["id"],
        title=row["title"],
        description=row["description"],
        done=bool(row["done"]),
        created_at=datetime.fromisoformat(row["created_at"]),
        updated_at=datetime.fromisoformat(row["updated_at"]),
    )


# --- users and tokens -------------------------------------------------------


def create_user(conn: sqlite3.Connection, username: str, password: str) -> User | UsernameTaken:
    created = _now()
    try:
        cur = conn.execute(
            "INSERT INTO users (username, password_hash, created_at) VALUES (?, ?, ?)",
            (username, security.hash_password(password), created.isoformat()),
        )
    except sqlite3.IntegrityError:
        return UsernameTaken(username)
    assert cur.lastrowid is not None
    return User(id=UserId(cur.lastrowid), username=username, created_at=created)


def issue_token(
    conn: sqlite3.Connection, username: str, password: str
) -> IssuedToken | InvalidCredentials:
    row = conn.execute(
        "SELECT id, password_hash FROM users WHERE username = ?", (username,)
    ).fetchone()
    if row is None:
        security.verify_password(password, security.DUMMY_HASH)
        return InvalidCredentials()
    if not security.verify_password(password, row["password_hash"]):
        return InvalidCredentials()
    token = security.new_token()
    expires_at = _now() + TOKEN_TTL
    conn.execute(
        "INSERT INTO tokens (token_hash, user_id, expires_at) VALUES (?, ?, ?)",
        (security.token_digest(token), row["id"], expires_at.isoformat()),
    )
    return IssuedToken(token=token, expires_at=expires_at)


def user_for_token(conn: sqlite3.Connection, token: str) -> UserId | InvalidToken:
    row = conn.execute(
        "SELECT user_id, expires_at FROM tokens WHERE token_hash = ?",
        (security.token_digest(token),),
    ).fetchone()
    if row is None:
        return InvalidToken()
    if datetime.fromisoformat(row["expires_at"]) <= _now():
        return InvalidToken()
    return UserId(row["user_id"])


# --- todos --------------------------------------------------------------------


def create_todo(
    conn: sqlite3.Connection, owner: UserId, title: str, description: str | None, done: bool
) -> Todo:
    now = _now().isoformat()
    cur = conn.execute(
        "INSERT INTO todos (owner_id, title, description, done, created_at, updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?) RETURNING *",
        (owner, title, description, int(done), now, now),
    )
    return _todo(cur.fetchone())


def list_todos(
    conn: sqlite3.Connection, owner: UserId, limit: int, offset: int
) -> tuple[list[Todo], int]:
    rows = conn.execute(
        "SELECT * FROM todos WHERE owner_id = ? ORDER BY id LIMIT ? OFFSET ?",
        (owner, limit, offset),
    ).fetchall()
    (total,) = conn.execute("SELECT COUNT(*) FROM todos WHERE owner_id = ?", (owner,)).fetchone()
    return [_todo(r) for r in rows], int(total)


def get_todo(conn: sqlite3.Connection, owner: UserId, todo_id: int) -> Todo | TodoNotFound:
    row = conn.execute(
        "SELECT * FROM todos WHERE id = ? AND owner_id = ?", (todo_id, owner)
    ).fetchone()
    if row is None:
        return TodoNotFound(todo_id)
    return _todo(row)


def update_todo(
    conn: sqlite3.Connection, owner: UserId, todo_id: int, changes: dict[str, object]
) -> Todo | TodoNotFound:
    columns = [c for c in UPDATABLE_COLUMNS if c in changes]
    if not columns:
        return get_todo(conn, owner, todo_id)
    assignments = ", ".join(f"{c} = ?" for c in columns)
    values = [changes[c] for c in columns]
    row = conn.execute(
        f"UPDATE todos SET {assignments}, updated_at = ? "
        "WHERE id = ? AND owner_id = ? RETURNING *",
        (*values, _now().isoformat(), todo_id, owner),
    ).fetchone()
    if row is None:
        return TodoNotFound(todo_id)
    return _todo(row)


def delete_todo(conn: sqlite3.Connection, owner: UserId, todo_id: int) -> None | TodoNotFound:
    cur = conn.execute("DELETE FROM todos WHERE id = ? AND owner_id = ?", (todo_id, owner))
    if cur.rowcount == 0:
        return TodoNotFound(todo_id)
    return None
