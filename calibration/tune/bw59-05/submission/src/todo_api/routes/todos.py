"""Todo routes.

Handlers are plain ``def`` on purpose: peewee is a synchronous driver, and FastAPI
runs sync handlers in its threadpool instead of on the event loop.
"""

from typing import Annotated

from fastapi import APIRouter, HTTPException, Path, Query, Response, status

from todo_api.db import Todo, User, database, utcnow
from todo_api.deps import CurrentUser
from todo_api.pagination import (
    DEFAULT_LIMIT,
    MAX_LIMIT,
    MAX_OFFSET,
    InvalidCursorError,
    decode_cursor,
    encode_cursor,
)
from todo_api.schemas import ErrorOut, TodoCreate, TodoOut, TodoUpdate

router = APIRouter(
    prefix="/todos",
    tags=["todos"],
    responses={401: {"model": ErrorOut, "description": "Missing or invalid token"}},
)

NOT_FOUND = {404: {"model": ErrorOut, "description": "No such todo for this user"}}
NEXT_CURSOR_HEADER = "X-Next-Cursor"

# Bounded to SQLite's INTEGER range so an absurd id is a 422, not an OverflowError.
TodoId = Annotated[int, Path(ge=1, le=2**63 - 1)]


def _owned(user: User, todo_id: int) -> Todo:
    todo: Todo | None = Todo.get_or_none((Todo.id == todo_id) & (Todo.owner == user))
    if todo is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, detail="Todo not found")
    return todo


def _invalid_query(name: str, message: str) -> HTTPException:
    return HTTPException(
        status.HTTP_422_UNPROCESSABLE_ENTITY,
        detail=[{"loc": ["query", name], "msg": message, "type": "value_error"}],
    )


@router.get(
    "",
    response_model=list[TodoOut],
    summary="List your todos (offset or cursor pagination)",
    responses={
        200: {
            "headers": {
                NEXT_CURSOR_HEADER: {
                    "description": "Cursor for the next page; absent on the last page",
                    "schema": {"type": "string"},
                }
            }
        }
    },
)
def list_todos(
    user: CurrentUser,
    response: Response,
    limit: Annotated[int, Query(ge=1, le=MAX_LIMIT, description="Page size")] = DEFAULT_LIMIT,
    offset: Annotated[
        int, Query(ge=0, le=MAX_OFFSET, description="Todos to skip (offset paging)")
    ] = 0,
    cursor: Annotated[
        str | None,
        Query(max_length=200, description=f"Opaque cursor from {NEXT_CURSOR_HEADER}"),
    ] = None,
    done: Annotated[bool | None, Query(description="Filter by done flag")] = None,
) -> list[Todo]:
    query = Todo.select().where(Todo.owner == user).order_by(Todo.id)
    if done is not None:
        query = query.where(Todo.done == done)

    if cursor is not None:
        if offset:
            raise _invalid_query("offset", "use either offset or cursor, not both")
        try:
            after = decode_cursor(cursor)
        except InvalidCursorError:
            raise _invalid_query("cursor", "malformed cursor") from None
        query = query.where(Todo.id > after)
    else:
        query = query.offset(offset)

    # Fetch one extra row to know whether another page exists.
    rows: list[Todo] = list(query.limit(limit + 1))
    page = rows[:limit]
    if len(rows) > limit:
        response.headers[NEXT_CURSOR_HEADER] = encode_cursor(page[-1].id)
    return page


@router.post(
    "",
    status_code=status.HTTP_201_CREATED,
    response_model=TodoOut,
    summary="Create a todo",
)
def create_todo(payload: TodoCreate, user: CurrentUser) -> Todo:
    with database.atomic():
        todo: Todo = Todo.create(owner=user, **payload.model_dump())
    return todo


@router.get("/{todo_id}", response_model=TodoOut, responses=NOT_FOUND, summary="Read a todo")
def get_todo(todo_id: TodoId, user: CurrentUser) -> Todo:
    return _owned(user, todo_id)


@router.patch(
    "/{todo_id}",
    response_model=TodoOut,
    responses=NOT_FOUND,
    summary="Update some fields of a todo",
)
def update_todo(todo_id: TodoId, payload: TodoUpdate, user: CurrentUser) -> Todo:
    with database.atomic():
        todo = _owned(user, todo_id)
        changes = payload.model_dump(exclude_unset=True)
        if changes:
            for field, value in changes.items():
                setattr(todo, field, value)
            todo.updated_at = utcnow()
            todo.save()
    return todo


@router.delete(
    "/{todo_id}",
    status_code=status.HTTP_204_NO_CONTENT,
    responses=NOT_FOUND,
    summary="Delete a todo",
)
def delete_todo(todo_id: TodoId, user: CurrentUser) -> Response:
    deleted = Todo.delete().where((Todo.id == todo_id) & (Todo.owner == user)).execute()
    if not deleted:
        raise HTTPException(status.HTTP_404_NOT_FOUND, detail="Todo not found")
    return Response(status_code=status.HTTP_204_NO_CONTENT)
