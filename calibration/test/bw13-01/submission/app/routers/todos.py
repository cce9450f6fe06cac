import logging
import sqlite3
from datetime import datetime, timezone

from fastapi import APIRouter, Depends, HTTPException, Query

from app.db import get_db
from app.deps import get_current_user
from app.schemas import StatusOut, TodoCreate, TodoOut, TodoUpdate

router = APIRouter(prefix="/todos", tags=["todos"])
log = logging.getLogger("todo_api.todos")


def _now() -> str:
    return datetime.now(timezone.utc).isoformat()


def _to_out(row: sqlite3.Row) -> TodoOut:
    return TodoOut(
        id=row["id"],
        title=row["title"],
        description=row["description"],
        done=bool(row["done"]),
        created_at=row["created_at"],
        updated_at=row["updated_at"],
    )


def _get_owned(conn: sqlite3.Connection, todo_id: int, user_id: int) -> sqlite3.Row:
    row = conn.execute(
        "SELECT * FROM todos WHERE id = ? AND owner_id = ?", (todo_id, user_id)
    ).fetchone()
    if row is None:
        raise HTTPException(status_code=404, detail="todo not found")
    return row


@router.post("", response_model=TodoOut)
async def create_todo(
    body: TodoCreate,
    user: sqlite3.Row = Depends(get_current_user),
    conn: sqlite3.Connection = Depends(get_db),
) -> TodoOut:
    now = _now()
    cur = conn.execute(
        "INSERT INTO todos (owner_id, title, description, done, created_at, updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        (user["id"], body.title, body.description, int(body.done), now, now),
    )
    conn.commit()
    log.info("todo created", extra={"todo_id": cur.lastrowid, "user_id": user["id"]})
    return _to_out(_get_owned(conn, cur.lastrowid, user["id"]))


@router.get("", response_model=list[TodoOut])
async def list_todos(
    limit: int = Query(50, ge=1),
    offset: int = Query(0, ge=0),
    user: sqlite3.Row = Depends(get_current_user),
    conn: sqlite3.Connection = Depends(get_db),
) -> list[TodoOut]:
    rows = conn.execute(
        "SELECT * FROM todos WHERE owner_id = ? ORDER BY id LIMIT ? OFFSET ?",
        (user["id"], limit, offset),
    ).fetchall()
    return [_to_out(r) for r in rows]


@router.get("/{todo_id}", response_model=TodoOut)
async def get_todo(
    todo_id: int,
    user: sqlite3.Row = Depends(get_current_user),
    conn: sqlite3.Connection = Depends(get_db),
) -> TodoOut:
    return _to_out(_get_owned(conn, todo_id, user["id"]))


@router.put("/{todo_id}", response_model=TodoOut)
async def update_todo(
    todo_id: int,
    body: TodoUpdate,
    user: sqlite3.Row = Depends(get_current_user),
    conn: sqlite3.Connection = Depends(get_db),
) -> TodoOut:
    _get_owned(conn, todo_id, user["id"])
    done = None if body.done is None else int(body.done)
    conn.execute(
        "UPDATE todos SET title = COALESCE(?, title), description = COALESCE(?, description), "
        "done = COALESCE(?, done), updated_at = ? WHERE id = ? AND owner_id = ?",
        (body.title, body.description, done, _now(), todo_id, user["id"]),
    )
    conn.commit()
    log.info("todo updated", extra={"todo_id": todo_id, "user_id": user["id"]})
    return _to_out(_get_owned(conn, todo_id, user["id"]))


@router.delete("/{todo_id}", response_model=StatusOut)
async def delete_todo(
    todo_id: int,
    user: sqlite3.Row = Depends(get_current_user),
    conn: sqlite3.Connection = Depends(get_db),
) -> StatusOut:
    _get_owned(conn, todo_id, user["id"])
    conn.execute("DELETE FROM todos WHERE id = ? AND owner_id = ?", (todo_id, user["id"]))
    conn.commit()
    log.info("todo deleted", extra={"todo_id": todo_id, "user_id": user["id"]})
    return StatusOut(status="deleted")
