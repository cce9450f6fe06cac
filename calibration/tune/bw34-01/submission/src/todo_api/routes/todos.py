from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Query, Response, status

from ..deps import CurrentUser, TodoRepoDep
from ..errors import to_http
from ..result import Err, Ok
from ..schemas import ErrorOut, Page, TodoCreate, TodoOut, TodoUpdate

DEFAULT_PAGE_SIZE = 20
MAX_PAGE_SIZE = 100

TodoId = Annotated[int, Path(ge=1, description="Id of the todo")]

router = APIRouter(
    prefix="/todos",
    tags=["todos"],
    responses={401: {"model": ErrorOut, "description": "Missing or invalid token"}},
)

_NOT_FOUND = {404: {"model": ErrorOut, "description": "No such todo (or not yours)"}}


@router.post(
    "",
    status_code=status.HTTP_201_CREATED,
    response_model=TodoOut,
    summary="Create a todo",
)
async def create_todo(body: TodoCreate, user: CurrentUser, todos: TodoRepoDep) -> TodoOut:
    todo = await todos.create(user.id, body)
    return TodoOut.model_validate(todo)


@router.get("", response_model=Page[TodoOut], summary="List your todos, oldest first")
async def list_todos(
    user: CurrentUser,
    todos: TodoRepoDep,
    limit: Annotated[int, Query(ge=1, le=MAX_PAGE_SIZE)] = DEFAULT_PAGE_SIZE,
    offset: Annotated[int, Query(ge=0)] = 0,
) -> Page[TodoOut]:
    rows, total = await todos.list(user.id, limit=limit, offset=offset)
    return Page[TodoOut](
        items=[TodoOut.model_validate(r) for r in rows], total=total, limit=limit, offset=offset
    )


@router.get("/{todo_id}", response_model=TodoOut, summary="Read one todo", responses=_NOT_FOUND)
async def read_todo(todo_id: TodoId, user: CurrentUser, todos: TodoRepoDep) -> TodoOut:
    match await todos.get(user.id, todo_id):
        case Ok(todo):
            return TodoOut.model_validate(todo)
        case Err(error):
            raise to_http(error)


@router.patch(
    "/{todo_id}", response_model=TodoOut, summary="Update some fields of a todo", responses=_NOT_FOUND
)
async def update_todo(
    todo_id: TodoId, body: TodoUpdate, user: CurrentUser, todos: TodoRepoDep
) -> TodoOut:
    match await todos.update(user.id, todo_id, body):
        case Ok(todo):
            return TodoOut.model_validate(todo)
        case Err(error):
            raise to_http(error)


@router.delete(
    "/{todo_id}",
    status_code=status.HTTP_204_NO_CONTENT,
    response_class=Response,
    summary="Delete a todo",
    responses=_NOT_FOUND,
)
async def delete_todo(todo_id: TodoId, user: CurrentUser, todos: TodoRepoDep) -> Response:
    match await todos.delete(user.id, todo_id):
        case Ok(None):
            return Response(status_code=status.HTTP_204_NO_CONTENT)
        case Err(error):
            raise to_http(error)
