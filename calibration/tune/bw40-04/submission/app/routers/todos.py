import sqlite3
from typing import Annotated

from fastapi import APIRouter, Depends, HTTPException, Path, Query, status

from app import config, repository
from app.db import get_db
from app.schemas import ErrorOut, TodoCreate, TodoOut, TodoPage, TodoUpdate
from app.security import CurrentUser, get_current_user

router = APIRouter(
    prefix="/todos",
    tags=["todos"],
    responses={401: {"model": ErrorOut, "description": "Missing or invalid token"}},
)

NOT_FOUND = {404: {"model": ErrorOut, "description": "Todo not found"}}


def _not_found() -> HTTPException:
    return HTTPException(status_code=status.HTTP_404_NOT_FOUND, detail="Todo not found")


TodoId = Annotated[int, Path(ge=1, le=config.MAX_SQL_INT, description="Id of the todo")]


@router.post("", response_model=TodoOut, status_code=status.HTTP_201_CREATED, summary="Create a todo")
def create_todo(
    todo: TodoCreate,
    user: CurrentUser = Depends(get_current_user),
    conn: sqlite3.Connection = Depends(get_db),
) -> TodoOut:
    row = repository.create_todo(conn, user.id, todo)
    return TodoOut.model_validate(dict(row))


@router.get("", response_model=TodoPage, summary="List your todos")
def list_todos(
    limit: int = Query(config.DEFAULT_PAGE_SIZE, ge=1, le=config.MAX_PAGE_SIZE),
    offset: int = Query(0, ge=0, le=config.MAX_SQL_INT),
    user: CurrentUser = Depends(get_current_user),
    conn: sqlite3.Connection = Depends(get_db),
) -> TodoPage:
    rows, total = repository.list_todos(conn, user.id, limit, offset)
    return TodoPage(
        items=[TodoOut.model_validate(dict(row)) for row in rows],
        total=total,
        limit=limit,
        offset=offset,
    )


@router.get("/{todo_id}", response_model=TodoOut, summary="Get one todo", responses=NOT_FOUND)
def get_todo(
    todo_id: TodoId,
    user: CurrentUser = Depends(get_current_user),
    conn: sqlite3.Connection = Depends(get_db),
) -> TodoOut:
    row = repository.get_todo(conn, user.id, todo_id)
    if row is None:
        raise _not_found()
    return TodoOut.model_validate(dict(row))


@router.patch("/{todo_id}", response_model=TodoOut, summary="Update a todo", responses=NOT_FOUND)
def update_todo(
    changes: TodoUpdate,
    todo_id: TodoId,
    user: CurrentUser = Depends(get_current_user),
    conn: sqlite3.Connection = Depends(get_db),
) -> TodoOut:
    row = repository.update_todo(conn, user.id, todo_id, changes.model_dump(exclude_unset=True))
    if row is None:
        raise _not_found()
    return TodoOut.model_validate(dict(row))


@router.delete(
    "/{todo_id}",
    status_code=status.HTTP_204_NO_CONTENT,
    summary="Delete a todo",
    responses=NOT_FOUND,
)
def delete_todo(
    todo_id: TodoId,
    user: CurrentUser = Depends(get_current_user),
    conn: sqlite3.Connection = Depends(get_db),
) -> None:
    if not repository.delete_todo(conn, user.id, todo_id):
        raise _not_found()
