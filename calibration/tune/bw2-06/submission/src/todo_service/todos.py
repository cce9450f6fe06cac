from typing import Annotated

import aiosqlite
from fastapi import APIRouter, HTTPException, Query, Response, status

from .auth import Db, UserId
from .schemas import TodoIn, TodoList, TodoOut, TodoPatch

router = APIRouter(prefix="/todos", tags=["todos"])

MAX_PAGE = 100


def _row(row: aiosqlite.Row) -> TodoOut:
    return TodoOut(
        id=row["id"], title=row["title"], description=row["description"], done=bool(row["done"])
    )


async def _owned(db: aiosqlite.Connection, todo_id: int, user_id: int) -> TodoOut:
    cur = await db.execute(
        "SELECT id, title, description, done FROM todos WHERE id = ? AND owner_id = ?",
        (todo_id, user_id),
    )
    row = await cur.fetchone()
    if row is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "todo not found")
    return _row(row)


@router.post("", response_model=TodoOut, status_code=status.HTTP_201_CREATED)
async def create_todo(body: TodoIn, user_id: UserId, db: Db) -> TodoOut:
    cur = await db.execute(
        "INSERT INTO todos (owner_id, title, description, done) VALUES (?, ?, ?, ?)",
        (user_id, body.title, body.description, int(body.done)),
    )
    await db.commit()
    return TodoOut(id=cur.lastrowid, title=body.title, description=body.description, done=body.done)


@router.get("", response_model=TodoList)
async def list_todos(
    user_id: UserId,
    db: Db,
    limit: Annotated[int, Query(ge=1, le=MAX_PAGE)] = 20,
    offset: Annotated[int, Query(ge=0)] = 0,
) -> TodoList:
    cur = await db.execute(
        "SELECT id, title, description, done FROM todos WHERE owner_id = ? "
        "ORDER BY id LIMIT ? OFFSET ?",
        (user_id, limit, offset),
    )
    rows = await cur.fetchall()
    return TodoList(items=[_row(r) for r in rows], limit=limit, offset=offset)


@router.get("/{todo_id}", response_model=TodoOut)
async def get_todo(todo_id: int, user_id: UserId, db: Db) -> TodoOut:
    return await _owned(db, todo_id, user_id)


@router.patch("/{todo_id}", response_model=TodoOut)
async def update_todo(todo_id: int, body: TodoPatch, user_id: UserId, db: Db) -> TodoOut:
    current = await _owned(db, todo_id, user_id)
    merged = current.model_copy(update=body.model_dump(exclude_unset=True, exclude_none=True))
    await db.execute(
        "UPDATE todos SET title = ?, description = ?, done = ? WHERE id = ? AND owner_id = ?",
        (merged.title, merged.description, int(merged.done), todo_id, user_id),
    )
    await db.commit()
    return merged


@router.delete("/{todo_id}", status_code=status.HTTP_204_NO_CONTENT)
async def delete_todo(todo_id: int, user_id: UserId, db: Db) -> Response:
    await _owned(db, todo_id, user_id)
    await db.execute("DELETE FROM todos WHERE id = ? AND owner_id = ?", (todo_id, user_id))
    await db.commit()
    return Response(status_code=status.HTTP_204_NO_CONTENT)
