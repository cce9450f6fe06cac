from typing import Annotated

from fastapi import APIRouter, HTTPException, Query, Response, status

from app.api.deps import CurrentUser, TodoRepoDep
from app.models import Todo
from app.schemas import ErrorMessage, TodoCreate, TodoPage, TodoRead, TodoUpdate

router = APIRouter(prefix="/todos", tags=["todos"])

DEFAULT_LIMIT = 20
MAX_LIMIT = 100

NOT_FOUND = {404: {"model": ErrorMessage, "description": "Todo not found"}}
UNAUTHORIZED = {401: {"model": ErrorMessage, "description": "Missing or invalid token"}}


async def _get_owned_todo(todo_id: int, user_id: int, todos: TodoRepoDep) -> Todo:
    todo = await todos.get_for_owner(todo_id, user_id)
    if todo is None:
        raise HTTPException(status_code=status.HTTP_404_NOT_FOUND, detail="Todo not found")
    return todo


@router.get("", response_model=TodoPage, summary="List your todos", responses=UNAUTHORIZED)
async def list_todos(
    user: CurrentUser,
    todos: TodoRepoDep,
    limit: Annotated[int, Query(ge=1, le=MAX_LIMIT)] = DEFAULT_LIMIT,
    offset: Annotated[int, Query(ge=0)] = 0,
) -> TodoPage:
    items, total = await todos.list_for_owner(user.id, limit, offset)
    return TodoPage(
        items=[TodoRead.model_validate(t) for t in items], total=total, limit=limit, offset=offset
    )


@router.post(
    "",
    response_model=TodoRead,
    status_code=status.HTTP_201_CREATED,
    summary="Create a todo",
    responses=UNAUTHORIZED,
)
async def create_todo(payload: TodoCreate, user: CurrentUser, todos: TodoRepoDep) -> TodoRead:
    todo = await todos.create(user.id, payload)
    return TodoRead.model_validate(todo)


@router.get(
    "/{todo_id}",
    response_model=TodoRead,
    summary="Read a todo",
    responses={**NOT_FOUND, **UNAUTHORIZED},
)
async def read_todo(todo_id: int, user: CurrentUser, todos: TodoRepoDep) -> TodoRead:
    return TodoRead.model_validate(await _get_owned_todo(todo_id, user.id, todos))


@router.patch(
    "/{todo_id}",
    response_model=TodoRead,
    summary="Update a todo",
    responses={**NOT_FOUND, **UNAUTHORIZED},
)
async def update_todo(
    todo_id: int, payload: TodoUpdate, user: CurrentUser, todos: TodoRepoDep
) -> TodoRead:
    todo = await _get_owned_todo(todo_id, user.id, todos)
    return TodoRead.model_validate(await todos.update(todo, payload))


@router.delete(
    "/{todo_id}",
    status_code=status.HTTP_204_NO_CONTENT,
    summary="Delete a todo",
    responses={**NOT_FOUND, **UNAUTHORIZED},
)
async def delete_todo(todo_id: int, user: CurrentUser, todos: TodoRepoDep) -> Response:
    todo = await _get_owned_todo(todo_id, user.id, todos)
    await todos.delete(todo)
    return Response(status_code=status.HTTP_204_NO_CONTENT)
