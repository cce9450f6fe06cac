from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Response, status

from .. import store
from ..deps import Clock, Conn, CurrentUser, page_params
from ..domain import NewTodo, Page, PageParams, TodoId, TodoPatch, TodoView, apply_patch, to_view
from ..errors import NotFound, to_http

router = APIRouter(
    prefix="/todos",
    tags=["todos"],
    responses={401: {"description": "Missing, invalid or expired token"}},
)

_NOT_FOUND: dict[int | str, dict[str, Any]] = {404: {"description": "No such todo for this user"}}


@router.post(
    "",
    status_code=status.HTTP_201_CREATED,
    response_model=TodoView,
    summary="Create a todo",
)
def create_todo(body: NewTodo, user: CurrentUser, conn: Conn, clock: Clock) -> TodoView:
    return to_view(store.insert_todo(conn, user, body, clock()))


@router.get("", response_model=Page[TodoView], summary="List my todos (paginated)")
def list_todos(
    user: CurrentUser, conn: Conn, params: Annotated[PageParams, Depends(page_params)]
) -> Page[TodoView]:
    page = store.list_todos(conn, user, params)
    return Page[TodoView](
        items=tuple(map(to_view, page.items)),
        total=page.total,
        limit=page.limit,
        offset=page.offset,
    )


@router.get(
    "/{todo_id}", response_model=TodoView, summary="Read one of my todos", responses=_NOT_FOUND
)
def read_todo(todo_id: TodoId, user: CurrentUser, conn: Conn) -> TodoView:
    todo = store.get_todo(conn, user, todo_id)
    if todo is None:
        raise to_http(NotFound("todo"))
    return to_view(todo)


@router.patch(
    "/{todo_id}",
    response_model=TodoView,
    summary="Update some fields of one of my todos",
    responses=_NOT_FOUND,
)
def update_todo(
    todo_id: TodoId, patch: TodoPatch, user: CurrentUser, conn: Conn, clock: Clock
) -> TodoView:
    current = store.get_todo(conn, user, todo_id)
    if current is None:
        raise to_http(NotFound("todo"))
    updated = apply_patch(current, patch, clock())
    store.save_todo(conn, updated)
    return to_view(updated)


@router.delete(
    "/{todo_id}",
    status_code=status.HTTP_204_NO_CONTENT,
    response_class=Response,
    summary="Delete one of my todos",
    responses=_NOT_FOUND,
)
def delete_todo(todo_id: TodoId, user: CurrentUser, conn: Conn) -> None:
    if not store.delete_todo(conn, user, todo_id):
        raise to_http(NotFound("todo"))
