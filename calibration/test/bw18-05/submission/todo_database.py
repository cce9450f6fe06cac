# =====================================================================
# TODO_DATABASE.PY
#
# ALL ACCESS TO THE SQLITE DATA SET GOES THROUGH THIS MEMBER.
# EVERY STATEMENT USES ? PLACEHOLDERS. NO VALUE IS EVER PASTED INTO
# THE SQL TEXT.
#
# ONE CONNECTION IS SHARED BY THE WHOLE PROGRAM. FASTAPI RUNS THE
# (NON-ASYNC) ROUTE FUNCTIONS IN A POOL OF THREADS, THEREFORE EVERY
# USE OF THE CONNECTION IS SERIALISED WITH DATABASE_LOCK.
# =====================================================================
import sqlite3
import threading
from datetime import datetime, timezone
from typing import Any

import todo_constants as K

DATABASE_LOCK: threading.Lock = threading.Lock()
_CONNECTION: sqlite3.Connection | None = None

TABLE_DEFINITIONS: list[str] = [
    f"""
    CREATE TABLE IF NOT EXISTS USERS (
        USER_ID        INTEGER PRIMARY KEY AUTOINCREMENT,
        USERNAME       TEXT    NOT NULL UNIQUE
                       CHECK (LENGTH(USERNAME) BETWEEN {K.USERNAME_MIN_LENGTH} AND {K.USERNAME_MAX_LENGTH}),
        PASSWORD_SALT  TEXT    NOT NULL,
        PASSWORD_HASH  TEXT    NOT NULL,
        CREATED_AT     TEXT    NOT NULL
    )
    """,
    f"""
    CREATE TABLE IF NOT EXISTS TODOS (
        TODO_ID        INTEGER PRIMARY KEY AUTOINCREMENT,
        USER_ID        INTEGER NOT NULL REFERENCES USERS (USER_ID) ON DELETE CASCADE,
        TITLE          TEXT    NOT NULL
                       CHECK (LENGTH(TITLE) BETWEEN {K.TITLE_MIN_LENGTH} AND {K.TITLE_MAX_LENGTH}),
        DESCRIPTION    TEXT
                       CHECK (DESCRIPTION IS NULL OR LENGTH(DESCRIPTION) <= {K.DESCRIPTION_MAX_LENGTH}),
        DONE_FLAG      INTEGER NOT NULL DEFAULT 0 CHECK (DONE_FLAG IN (0, 1)),
        CREATED_AT     TEXT    NOT NULL,
        UPDATED_AT     TEXT    NOT NULL
    )
    """,
    "CREATE INDEX IF NOT EXISTS TODOS_BY_USER ON TODOS (USER_ID, TODO_ID)",
]


def CURRENT_TIMESTAMP() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def OPEN_DATABASE(file_name: str) -> None:
    global _CONNECTION
    with DATABASE_LOCK:
        if _CONNECTION is not None:
            _CONNECTION.close()
        _CONNECTION = sqlite3.connect(file_name, check_same_thread=False)
        _CONNECTION.row_factory = sqlite3.Row
        _CONNECTION.execute("PRAGMA FOREIGN_KEYS = ON")
        for statement in TABLE_DEFINITIONS:
            _CONNECTION.execute(statement)
        _CONNECTION.commit()


def CLOSE_DATABASE() -> None:
    global _CONNECTION
    with DATABASE_LOCK:
        if _CONNECTION is not None:
            _CONNECTION.close()
            _CONNECTION = None


def _CONN() -> sqlite3.Connection:
    if _CONNECTION is None:
        raise RuntimeError("DATABASE IS NOT OPEN")
    return _CONNECTION


# ---------------------------------------------------------------------
# USERS
# ---------------------------------------------------------------------
def INSERT_USER(username: str, salt: str, password_hash: str) -> int | None:
    """RETURNS THE NEW USER_ID, OR NONE WHEN THE USERNAME IS ALREADY TAKEN."""
    with DATABASE_LOCK:
        try:
            cursor = _CONN().execute(
                "INSERT INTO USERS (USERNAME, PASSWORD_SALT, PASSWORD_HASH, CREATED_AT) VALUES (?, ?, ?, ?)",
                (username, salt, password_hash, CURRENT_TIMESTAMP()),
            )
            _CONN().commit()
        except sqlite3.IntegrityError:
            _CONN().rollback()
            return None
        return int(cursor.lastrowid or 0)


def READ_USER_BY_NAME(username: str) -> dict[str, Any] | None:
    with DATABASE_LOCK:
        row = _CONN().execute(
            "SELECT USER_ID, USERNAME, PASSWORD_SALT, PASSWORD_HASH FROM USERS WHERE USERNAME = ?",
            (username,),
        ).fetchone()
    return dict(row) if row is not None else None


def USER_EXISTS(user_id: int) -> bool:
    with DATABASE_LOCK:
        row = _CONN().execute("SELECT 1 FROM USERS WHERE USER_ID = ?", (user_id,)).fetchone()
    return row is not None


# ---------------------------------------------------------------------
# TODOS. EVERY STATEMENT CARRIES THE OWNER IN ITS WHERE CLAUSE.
# ---------------------------------------------------------------------
def INSERT_TODO(user_id: int, title: str, description: str | None, done: bool) -> int:
    now = CURRENT_TIMESTAMP()
    with DATABASE_LOCK:
        cursor = _CONN().execute(
            "INSERT INTO TODOS (USER_ID, TITLE, DESCRIPTION, DONE_FLAG, CREATED_AT, UPDATED_AT) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            (user_id, title, description, 1 if done else 0, now, now),
        )
        _CONN().commit()
        return int(cursor.lastrowid or 0)


def READ_TODO(user_id: int, todo_id: int) -> dict[str, Any] | None:
    with DATABASE_LOCK:
        row = _CONN().execute(
            "SELECT TODO_ID, TITLE, DESCRIPTION, DONE_FLAG, CREATED_AT, UPDATED_AT "
            "FROM TODOS WHERE TODO_ID = ? AND USER_ID = ?",
            (todo_id, user_id),
        ).fetchone()
    return dict(row) if row is not None else None


def READ_TODO_PAGE(user_id: int, limit: int, offset: int) -> tuple[list[dict[str, Any]], int]:
    with DATABASE_LOCK:
        rows = _CONN().execute(
            "SELECT TODO_ID, TITLE, DESCRIPTION, DONE_FLAG, CREATED_AT, UPDATED_AT "
            "FROM TODOS WHERE USER_ID = ? ORDER BY TODO_ID LIMIT ? OFFSET ?",
            (user_id, limit, offset),
        ).fetchall()
        total = _CONN().execute("SELECT COUNT(*) FROM TODOS WHERE USER_ID = ?", (user_id,)).fetchone()[0]
    return [dict(row) for row in rows], int(total)


def REWRITE_TODO(user_id: int, todo_id: int, title: str, description: str | None, done: bool) -> bool:
    """REPLACES ALL FIELDS. RETURNS FALSE WHEN NO RECORD WAS FOUND FOR THIS OWNER."""
    with DATABASE_LOCK:
        cursor = _CONN().execute(
            "UPDATE TODOS SET TITLE = ?, DESCRIPTION = ?, DONE_FLAG = ?, UPDATED_AT = ? "
            "WHERE TODO_ID = ? AND USER_ID = ?",
            (title, description, 1 if done else 0, CURRENT_TIMESTAMP(), todo_id, user_id),
        )
        _CONN().commit()
        return cursor.rowcount == 1


def DELETE_TODO(user_id: int, todo_id: int) -> bool:
    with DATABASE_LOCK:
        cursor = _CONN().execute("DELETE FROM TODOS WHERE TODO_ID = ? AND USER_ID = ?", (todo_id, user_id))
        _CONN().commit()
        return cursor.rowcount == 1
