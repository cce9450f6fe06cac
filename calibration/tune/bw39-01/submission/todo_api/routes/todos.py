"""CRUD on the current user's todos."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Response, status

from .. import repo
from ..deps import CurrentUser, SessionDep
from ..errors import ErrorBody, into_http
from ..result import Err, Ok
from ..schemas import TodoCreate, TodoOut, TodoUpdate

DEFAULT_PAGE_SIZE = 20
MAX_PAGE_SIZE = 100

router = APIRouter(
    prefix="/todos",
    tags=["todos"],
    responses={
        status.HTTP_401_UNAUTHORIZED: {"model": ErrorBody, "description": "Missing or bad token"}
    },
)

_NOT_FOUND = {status.HTTP_404_NOT_FOUND: {"model": ErrorBody, "description": "No such todo"}}


@router.get("", summary="List your todos (paginated)")
def list_todos(
    user: CurrentUser,
    session: SessionDep,
    limit: Annotated[int, Query(ge=1, le=MAX_PAGE_SIZE)] = DEFAULT_PAGE_SIZE,
    offset: Annotated[int, Query(ge=0)] = 0,
) -> list[TodoOut]:
    todos = repo.list_todos(session, user.id, limit=limit, offset=offset)
    return [TodoOut.model_validate(t) for t in todos]


@router.post("", status_code=status.HTTP_201_CREATED, summary="Create a todo")
def create_todo(body: TodoCreate, user: CurrentUser, session: SessionDep) -> TodoOut:
    return TodoOut.model_validate(repo.create_todo(session, user.id, body))


@router.get("/{todo_id}", summary="Read one of your todos", responses=_NOT_FOUND)
def read_todo(todo_id: int, user: CurrentUser, session: SessionDep) -> TodoOut:
    match repo.get_todo(session, user.id, todo_id):
        case Ok(value=todo):
            return TodoOut.model_validate(todo)
        case Err(error=error):
            raise into_http(error)


@router.patch("/{todo_id}", summary="Update some fields of a todo", responses=_NOT_FOUND)
def update_todo(
    todo_id: int, body: TodoUpdate, user: CurrentUser, session: SessionDep
) -> TodoOut:
    match repo.get_todo(session, user.id, todo_id):
        case Ok(value=todo):
            return TodoOut.model_validate(repo.update_todo(session, todo, body))
        case Err(error=error):
            raise into_http(error)


@router.delete(
    "/{todo_id}",
    status_code=status.HTTP_204_NO_CONTENT,
    summary="Delete a todo",
    responses=_NOT_FOUND,
)
def delete_todo(todo_id: int, user: CurrentUser, session: SessionDep) -> Response:
    match repo.get_todo(session, user.id, todo_id):
        case Ok(value=todo):
            repo.delete_todo(session, todo)
            return Response(status_code=status.HTTP_204_NO_CONTENT)
        case Err(error=error):
            raise into_http(error)
