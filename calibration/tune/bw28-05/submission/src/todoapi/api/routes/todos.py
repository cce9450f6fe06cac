from typing import Annotated

from fastapi import APIRouter, Path, Query, Response, status

from todoapi.api.deps import CurrentUser, TodoRepoDep
from todoapi.api.schemas import ErrorResponse, TodoCreate, TodoPage, TodoRead, TodoUpdate
from todoapi.data.entities import TodoEntity
from todoapi.domain.errors import TodoNotFound

DEFAULT_PAGE_SIZE = 20
MAX_PAGE_SIZE = 100
SQLITE_MAX_INT = 2**63 - 1

TodoId = Annotated[int, Path(ge=1, le=SQLITE_MAX_INT, description="Id of the todo")]

router = APIRouter(
    prefix="/todos",
    tags=["todos"],
    responses={status.HTTP_401_UNAUTHORIZED: {"model": ErrorResponse, "description": "Not logged in"}},
)

NOT_FOUND = {status.HTTP_404_NOT_FOUND: {"model": ErrorResponse, "description": "No such todo"}}


async def _owned_todo(todos: TodoRepoDep, user: CurrentUser, todo_id: int) -> TodoEntity:
    todo = await todos.find_for_owner(user.id, todo_id)
    if todo is None:
        raise TodoNotFound(todo_id)
    return todo


@router.get("", response_model=TodoPage, summary="List my todos")
async def list_todos(
    user: CurrentUser,
    todos: TodoRepoDep,
    limit: Annotated[int, Query(ge=1, le=MAX_PAGE_SIZE)] = DEFAULT_PAGE_SIZE,
    offset: Annotated[int, Query(ge=0, le=SQLITE_MAX_INT)] = 0,
) -> TodoPage:
    items, total = await todos.page_for_owner(user.id, limit=limit, offset=offset)
    return TodoPage(
        items=[TodoRead.model_validate(item) for item in items],
        total=total,
        limit=limit,
        offset=offset,
    )


@router.post(
    "",
    status_code=status.HTTP_201_CREATED,
    response_model=TodoRead,
    summary="Create a todo",
)
async def create_todo(body: TodoCreate, user: CurrentUser, todos: TodoRepoDep) -> TodoRead:
    todo = await todos.create(
        user.id, title=body.title, description=body.description, done=body.done
    )
    return TodoRead.model_validate(todo)


@router.get("/{todo_id}", response_model=TodoRead, summary="Get one of my todos", responses=NOT_FOUND)
async def get_todo(todo_id: TodoId, user: CurrentUser, todos: TodoRepoDep) -> TodoRead:
    return TodoRead.model_validate(await _owned_todo(todos, user, todo_id))


@router.patch(
    "/{todo_id}", response_model=TodoRead, summary="Update some fields of a todo", responses=NOT_FOUND
)
async def update_todo(
    todo_id: TodoId, body: TodoUpdate, user: CurrentUser, todos: TodoRepoDep
) -> TodoRead:
    todo = await _owned_todo(todos, user, todo_id)
    changes = body.model_dump(exclude_unset=True)
    if changes:
        todo = await todos.update(todo, changes)
    return TodoRead.model_validate(todo)


@router.delete(
    "/{todo_id}",
    status_code=status.HTTP_204_NO_CONTENT,
    response_class=Response,
    summary="Delete a todo",
    responses=NOT_FOUND,
)
async def delete_todo(todo_id: TodoId, user: CurrentUser, todos: TodoRepoDep) -> Response:
    todo = await _owned_todo(todos, user, todo_id)
    await todos.delete(todo)
    return Response(status_code=status.HTTP_204_NO_CONTENT)
