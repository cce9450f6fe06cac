from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, HTTPException, Path, Query, Response, status

from app.deps import CurrentUser, TodoRepo
from app.result import Err, Ok, TodoNotFound
from app.schemas import ErrorOut, TodoCreate, TodoOut, TodoPatch

router = APIRouter(
    prefix="/todos",
    tags=["todos"],
    responses={401: {"model": ErrorOut, "description": "Missing, invalid or expired token"}},
)

NOT_FOUND = {404: {"model": ErrorOut, "description": "No such todo for this user"}}

TodoId = Annotated[int, Path(ge=1, description="Id of the todo")]


def _not_found(error: TodoNotFound) -> HTTPException:
    return HTTPException(status.HTTP_404_NOT_FOUND, detail=f"Todo {error.todo_id} not found")


@router.post(
    "",
    status_code=status.HTTP_201_CREATED,
    response_model=TodoOut,
    summary="Create a todo",
)
async def create_todo(body: TodoCreate, user: CurrentUser, repo: TodoRepo) -> TodoOut:
    todo = await repo.create(user.id, body)
    return TodoOut.model_validate(todo)


@router.get("", response_model=list[TodoOut], summary="List your todos")
async def list_todos(
    user: CurrentUser,
    repo: TodoRepo,
    limit: Annotated[int, Query(ge=1, le=100, description="Page size (1-100)")] = 20,
    offset: Annotated[int, Query(ge=0, description="Number of todos to skip")] = 0,
) -> list[TodoOut]:
    todos = await repo.list_for(user.id, limit=limit, offset=offset)
    return [TodoOut.model_validate(todo) for todo in todos]


@router.get("/{todo_id}", response_model=TodoOut, summary="Get one todo", responses=NOT_FOUND)
async def get_todo(todo_id: TodoId, user: CurrentUser, repo: TodoRepo) -> TodoOut:
    match await repo.find(user.id, todo_id):
        case Err(error=error):
            raise _not_found(error)
        case Ok(value=todo):
            return TodoOut.model_validate(todo)


@router.put(
    "/{todo_id}", response_model=TodoOut, summary="Replace a todo", responses=NOT_FOUND
)
async def replace_todo(
    todo_id: TodoId, body: TodoCreate, user: CurrentUser, repo: TodoRepo
) -> TodoOut:
    match await repo.replace(user.id, todo_id, body):
        case Err(error=error):
            raise _not_found(error)
        case Ok(value=todo):
            return TodoOut.model_validate(todo)


@router.patch(
    "/{todo_id}", response_model=TodoOut, summary="Update some fields", responses=NOT_FOUND
)
async def patch_todo(
    todo_id: TodoId, body: TodoPatch, user: CurrentUser, repo: TodoRepo
) -> TodoOut:
    match await repo.patch(user.id, todo_id, body):
        case Err(error=error):
            raise _not_found(error)
        case Ok(value=todo):
            return TodoOut.model_validate(todo)


@router.delete(
    "/{todo_id}",
    status_code=status.HTTP_204_NO_CONTENT,
    response_class=Response,
    summary="Delete a todo",
    responses=NOT_FOUND,
)
async def delete_todo(todo_id: TodoId, user: CurrentUser, repo: TodoRepo) -> None:
    match await repo.delete(user.id, todo_id):
        case Err(error=error):
            raise _not_found(error)
        case Ok():
            return None
