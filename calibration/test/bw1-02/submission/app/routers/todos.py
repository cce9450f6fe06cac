from __future__ import annotations

import sqlite3
from typing import Annotated

from fastapi import APIRouter, HTTPException, Query, Response, status

from app import repository
from app.config import get_settings
from app.deps import AuthenticatedUser, Connection
from app.schemas import ErrorOut, TodoCreate, TodoOut, TodoPage, TodoUpdate

_settings = get_settings()

router = APIRouter(
    prefix="/todos",
    tags=["todos"],
    responses={401: {"model": ErrorOut, "description": "Missing or invalid token"}},
)

NOT_FOUND = {404: {"model": ErrorOut, "description": "No such todo for this user"}}


def _to_out(row: sqlite3.Row) -> TodoOut:
    return TodoOut(
        id=row["id"],
        title=row["title"],
        description=row["description"],
        done=bool(row["done"]),
        created_at=row["created_at"],
    )


def _not_found() -> HTTPException:
    # Another user's todo is reported exactly like a missing one, so ids cannot be probed.
    return HTTPException(status.HTTP_404_NOT_FOUND, detail="Todo not found")


@router.post("", response_model=TodoOut, status_code=status.HTTP_201_CREATED, summary="Create a todo")
def create_todo(payload: TodoCreate, user: AuthenticatedUser, conn: Connection) -> TodoOut:
    row = repository.insert_todo(conn, user.id, payload.title, payload.description, payload.done)
    return _to_out(row)


@router.get("", response_model=TodoPage, summary="List your todos, oldest first")
def list_todos(
    user: AuthenticatedUser,
    conn: Connection,
    limit: Annotated[int, Query(ge=1, le=_settings.page_size_max)] = _settings.page_size_default,
    offset: Annotated[int, Query(ge=0)] = 0,
) -> TodoPage:
    rows, total = repository.list_todos(conn, user.id, limit, offset)
    return TodoPage(items=[_to_out(r) for r in rows], limit=limit, offset=offset, total=total)


@router.get("/{todo_id}", response_model=TodoOut, summary="Read one todo", responses=NOT_FOUND)
def read_todo(todo_id: int, user: AuthenticatedUser, conn: Connection) -> TodoOut:
    row = repository.get_todo(conn, user.id, todo_id)
    if row is None:
        raise _not_found()
    return _to_out(row)


@router.patch("/{todo_id}", response_model=TodoOut, summary="Update some fields of a todo", responses=NOT_FOUND)
def update_todo(todo_id: int, payload: TodoUpdate, user: AuthenticatedUser, conn: Connection) -> TodoOut:
    changes = payload.model_dump(exclude_unset=True)
    if "done" in changes:
        changes["done"] = int(changes["done"])
    row = repository.update_todo(conn, user.id, todo_id, changes)
    if row is None:
        raise _not_found()
    return _to_out(row)


@router.delete(
    "/{todo_id}",
    status_code=status.HTTP_204_NO_CONTENT,
    response_class=Response,
    summary="Delete a todo",
    responses=NOT_FOUND,
)
def delete_todo(todo_id: int, user: AuthenticatedUser, conn: Connection) -> Response:
    if not repository.delete_todo(conn, user.id, todo_id):
        raise _not_found()
    return Response(status_code=status.HTTP_204_NO_CONTENT)
