from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, HTTPException, Path, Query, status

from .. import repository
from ..config import Settings
from ..deps import Conn, CurrentUser
from ..schemas import ErrorOut, TodoCreate, TodoOut, TodoPage, TodoUpdate

# Page-size bounds are part of the API contract, so they are fixed rather than configurable.
_DEFAULTS = Settings()

router = APIRouter(
    prefix="/todos",
    tags=["todos"],
    responses={401: {"model": ErrorOut, "description": "Missing or invalid token"}},
)

NOT_FOUND: dict[int | str, dict[str, Any]] = {
    404: {"model": ErrorOut, "description": "No such todo (or it belongs to someone else)"}
}
TodoId = Annotated[int, Path(ge=1)]


def _not_found() -> HTTPException:
    return HTTPException(status.HTTP_404_NOT_FOUND, "Todo not found")


@router.get("", summary="List your todos, oldest first")
def list_todos(
    conn: Conn,
    user: CurrentUser,
    limit: Annotated[
        int, Query(ge=1, le=_DEFAULTS.max_page_size, description="Page size")
    ] = _DEFAULTS.default_page_size,
    offset: Annotated[int, Query(ge=0, description="Items to skip")] = 0,
) -> TodoPage:
    items, total = repository.list_todos(conn, user.id, limit, offset)
    return TodoPage(
        items=[TodoOut.model_validate(t) for t in items], total=total, limit=limit, offset=offset
    )


@router.post("", status_code=status.HTTP_201_CREATED, summary="Create a todo")
def create_todo(body: TodoCreate, conn: Conn, user: CurrentUser) -> TodoOut:
    todo = repository.create_todo(conn, user.id, body.title, body.description, body.done)
    return TodoOut.model_validate(todo)


@router.get("/{todo_id}", summary="Read one of your todos", responses=NOT_FOUND)
def get_todo(todo_id: TodoId, conn: Conn, user: CurrentUser) -> TodoOut:
    todo = repository.get_todo(conn, user.id, todo_id)
    if todo is None:
        raise _not_found()
    return TodoOut.model_validate(todo)


@router.patch("/{todo_id}", summary="Update some fields of a todo", responses=NOT_FOUND)
def update_todo(todo_id: TodoId, body: TodoUpdate, conn: Conn, user: CurrentUser) -> TodoOut:
    todo = repository.update_todo(conn, user.id, todo_id, body.changes())
    if todo is None:
        raise _not_found()
    return TodoOut.model_validate(todo)


@router.delete(
    "/{todo_id}",
    status_code=status.HTTP_204_NO_CONTENT,
    summary="Delete a todo",
    responses=NOT_FOUND,
)
def delete_todo(todo_id: TodoId, conn: Conn, user: CurrentUser) -> None:
    if not repository.delete_todo(conn, user.id, todo_id):
        raise _not_found()
