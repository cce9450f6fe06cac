"""CRUD on the current user's todos."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, HTTPException, Query, Response, status

from app.models import ErrorOut, TodoCreate, TodoOut, TodoPage, TodoUpdate
from app.security import CurrentUser
from app.store import TodoStore

MAX_PAGE_SIZE = 100

router = APIRouter(
    prefix="/todos",
    tags=["todos"],
    responses={status.HTTP_401_UNAUTHORIZED: {"model": ErrorOut, "description": "Not logged in"}},
)
NOT_FOUND: dict[int | str, dict[str, Any]] = {
    status.HTTP_404_NOT_FOUND: {"model": ErrorOut, "description": "No such todo"}
}

_store = TodoStore()


def get_store() -> TodoStore:
    """Dependency so tests can swap in a fresh store."""
    return _store


Store = Annotated[TodoStore, Depends(get_store)]


def _not_found() -> HTTPException:
    return HTTPException(status.HTTP_404_NOT_FOUND, detail="Todo not found")


@router.get("", response_model=TodoPage, summary="List my todos, oldest first")
async def list_todos(
    user: CurrentUser,
    store: Store,
    limit: Annotated[int, Query(ge=1, le=MAX_PAGE_SIZE)] = 20,
    offset: Annotated[int, Query(ge=0)] = 0,
) -> TodoPage:
    records, total = await store.list(user, limit=limit, offset=offset)
    return TodoPage(
        items=[record.to_out() for record in records], total=total, limit=limit, offset=offset
    )


@router.post(
    "", response_model=TodoOut, status_code=status.HTTP_201_CREATED, summary="Create a todo"
)
async def create_todo(body: TodoCreate, user: CurrentUser, store: Store) -> TodoOut:
    record = await store.create(user, body)
    return record.to_out()


@router.get("/{todo_id}", response_model=TodoOut, responses=NOT_FOUND, summary="Get one todo")
async def get_todo(todo_id: int, user: CurrentUser, store: Store) -> TodoOut:
    record = await store.get(user, todo_id)
    if record is None:
        raise _not_found()
    return record.to_out()


@router.put("/{todo_id}", response_model=TodoOut, responses=NOT_FOUND, summary="Replace a todo")
async def replace_todo(todo_id: int, body: TodoCreate, user: CurrentUser, store: Store) -> TodoOut:
    record = await store.update(user, todo_id, body)
    if record is None:
        raise _not_found()
    return record.to_out()


@router.patch(
    "/{todo_id}", response_model=TodoOut, responses=NOT_FOUND, summary="Change some fields"
)
async def update_todo(todo_id: int, body: TodoUpdate, user: CurrentUser, store: Store) -> TodoOut:
    record = await store.update(user, todo_id, body)
    if record is None:
        raise _not_found()
    return record.to_out()


@router.delete(
    "/{todo_id}",
    status_code=status.HTTP_204_NO_CONTENT,
    response_class=Response,
    responses=NOT_FOUND,
    summary="Delete a todo",
)
async def delete_todo(todo_id: int, user: CurrentUser, store: Store) -> Response:
    if not await store.delete(user, todo_id):
        raise _not_found()
    return Response(status_code=status.HTTP_204_NO_CONTENT)
