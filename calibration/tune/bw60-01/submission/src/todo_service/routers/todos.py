from typing import Annotated, Any
from uuid import UUID

from fastapi import APIRouter, HTTPException, Query, status

from todo_service.deps import CurrentUser, TodoRepoDep
from todo_service.models import Todo, User, utcnow
from todo_service.repository import TodoRepository
from todo_service.schemas import ErrorMessage, TodoCreate, TodoPage, TodoRead, TodoUpdate

router = APIRouter(prefix="/todos", tags=["todos"])

DEFAULT_PAGE_SIZE = 20
MAX_PAGE_SIZE = 100
MAX_OFFSET = 100_000

UNAUTHORIZED: dict[int | str, dict[str, Any]] = {
    status.HTTP_401_UNAUTHORIZED: {"model": ErrorMessage, "description": "Missing or invalid token"}
}
NOT_FOUND: dict[int | str, dict[str, Any]] = {
    status.HTTP_404_NOT_FOUND: {"model": ErrorMessage, "description": "No such todo for this user"}
}


async def _owned_or_404(todos: TodoRepository, user: User, todo_id: UUID) -> Todo:
    # Someone else's todo is reported exactly like a missing one: no existence oracle.
    todo = await todos.owned(user.id, todo_id)
    if todo is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "Todo not found")
    return todo


@router.post(
    "",
    response_model=TodoRead,
    status_code=status.HTTP_201_CREATED,
    summary="Create a todo",
    responses=UNAUTHORIZED,
)
async def create_todo(body: TodoCreate, user: CurrentUser, todos: TodoRepoDep) -> Todo:
    return await todos.save(Todo(owner_id=user.id, **body.model_dump()))


@router.get(
    "",
    response_model=TodoPage,
    summary="List your todos, newest first",
    responses=UNAUTHORIZED,
)
async def list_todos(
    user: CurrentUser,
    todos: TodoRepoDep,
    limit: Annotated[int, Query(ge=1, le=MAX_PAGE_SIZE)] = DEFAULT_PAGE_SIZE,
    offset: Annotated[int, Query(ge=0, le=MAX_OFFSET)] = 0,
) -> TodoPage:
    items, total = await todos.page_for(user.id, limit=limit, offset=offset)
    return TodoPage(
        items=[TodoRead.model_validate(t) for t in items],
        total=total,
        limit=limit,
        offset=offset,
    )


@router.get(
    "/{todo_id}",
    response_model=TodoRead,
    summary="Read one of your todos",
    responses=UNAUTHORIZED | NOT_FOUND,
)
async def read_todo(todo_id: UUID, user: CurrentUser, todos: TodoRepoDep) -> Todo:
    return await _owned_or_404(todos, user, todo_id)


@router.patch(
    "/{todo_id}",
    response_model=TodoRead,
    summary="Change some fields of one of your todos",
    responses=UNAUTHORIZED | NOT_FOUND,
)
async def update_todo(
    todo_id: UUID, body: TodoUpdate, user: CurrentUser, todos: TodoRepoDep
) -> Todo:
    todo = await _owned_or_404(todos, user, todo_id)
    changes = body.model_dump(exclude_unset=True)
    if not changes:
        return todo
    todo.sqlmodel_update(changes | {"updated_at": utcnow()})
    return await todos.save(todo)


@router.delete(
    "/{todo_id}",
    status_code=status.HTTP_204_NO_CONTENT,
    summary="Delete one of your todos",
    responses=UNAUTHORIZED | NOT_FOUND,
)
async def delete_todo(todo_id: UUID, user: CurrentUser, todos: TodoRepoDep) -> None:
    todo = await _owned_or_404(todos, user, todo_id)
    await todos.remove(todo)
