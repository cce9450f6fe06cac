import sqlite3
from datetime import datetime, timezone

from app.schemas import TodoCreate

UPDATABLE_COLUMNS = ("title", "description", "done")


def _now() -> str:
    return datetime.now(timezone.utc).isoformat()


# ---------- users ----------


def create_user(conn: sqlite3.Connection, username: str, password_hash: str) -> int | None:
    try:
        with conn:
            cur = conn.execute(
                "INSERT INTO users (username, password_hash, created_at) VALUES (?, ?, ?)",
                (username, password_hash, _now()),
            )
    except sqlite3.IntegrityError:
        return None
    return cur.lastrowid


def get_user_by_username(conn: sqlite3.Connection, username: str) -> sqlite3.Row | None:
    row: sqlite3.Row | None = conn.execute(
        "SELECT id, username, password_hash FROM users WHERE username = ?", (username,)
    ).fetchone()
    return row


def get_user_by_id(conn: sqlite3.Connection, user_id: int) -> sqlite3.Row | None:
    row: sqlite3.Row | None = conn.execute(
        "SELECT id, username FROM users WHERE id = ?", (user_id,)
    ).fetchone()
    return row


# ---------- todos ----------


def create_todo(conn: sqlite3.Connection, owner_id: int, data: TodoCreate) -> sqlite3.Row:
    now = _now()
    with conn:
        cur = conn.execute(
            "INSERT INTO todos (owner_id, title, description, done, created_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            (owner_id, data.title, data.description, data.done, now, now),
        )
    todo_id = cur.lastrowid
    assert todo_id is not None
    row = get_todo(conn, owner_id, todo_id)
    assert row is not None
    return row


def list_todos(
    conn: sqlite3.Connection, owner_id: int, limit: int, offset: int
) -> tuple[list[sqlite3.Row], int]:
    rows = conn.execute(
        "SELECT * FROM todos WHERE owner_id = ? ORDER BY id LIMIT ? OFFSET ?",
        (owner_id, limit, offset),
    ).fetchall()
    total = conn.execute("SELECT COUNT(*) FROM todos WHERE owner_id = ?", (owner_id,)).fetchone()[0]
    return rows, total


def get_todo(conn: sqlite3.Connection, owner_id: int, todo_id: int) -> sqlite3.Row | None:
    row: sqlite3.Row | None = conn.execute(
        "SELECT * FROM todos WHERE id = ? AND owner_id = ?", (todo_id, owner_id)
    ).fetchone()
    return row


def update_todo(
    conn: sqlite3.Connection, owner_id: int, todo_id: int, changes: dict[str, object]
) -> sqlite3.Row | None:
    columns = [column for column in UPDATABLE_COLUMNS if column in changes]
    if not columns:
        return get_todo(conn, owner_id, todo_id)
    assignments = ", ".join(f"{column} = ?" for column in columns)
    params = [changes[column] for column in columns] + [_now(), todo_id, owner_id]
    with conn:
        cur = conn.execute(
            f"UPDATE todos SET {assignments}, updated_at = ? WHERE id = ? AND owner_id = ?",
            params,
        )
    if cur.rowcount == 0:
        return None
    return get_todo(conn, owner_id, todo_id)


def delete_todo(conn: sqlite3.Connection, owner_id: int, todo_id: int) -> bool:
    with conn:
        cur = conn.execute("DELETE FROM todos WHERE id = ? AND owner_id = ?", (todo_id, owner_id))
    return cur.rowcount > 0
