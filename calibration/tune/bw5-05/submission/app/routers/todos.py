from typing import Annotated

from fastapi import APIRouter, Query, Response, status

from app.dependencies import CurrentUserDep, TodoServiceDep
from app.domain.schemas import Problem, TodoIn, TodoPatch, TodoRead

router = APIRouter(
    prefix="/todos", tags=["todos"], responses={401: {"model": Problem, "description": "Unauthorized"}}
)
NOT_FOUND = {404: {"model": Problem, "description": "Todo not found"}}


@router.get("", response_model=list[TodoRead], summary="List the current user's todos")
async def list_todos(
    user: CurrentUserDep,
    todos: TodoServiceDep,
    limit: Annotated[int, Query(ge=1, le=100)] = 20,
    offset: Annotated[int, Query(ge=0)] = 0,
) -> list[TodoRead]:
    return [TodoRead.model_validate(t) for t in await todos.list(user.id, limit, offset)]


@router.post(
    "", response_model=TodoRead, status_code=status.HTTP_201_CREATED, summary="Create a todo"
)
async def create_todo(body: TodoIn, user: CurrentUserDep, todos: TodoServiceDep) -> TodoRead:
    return TodoRead.model_validate(await todos.create(user.id, body))


@router.get("/{todo_id}", response_model=TodoRead, summary="Get a todo", responses=NOT_FOUND)
async def get_todo(todo_id: int, user: CurrentUserDep, todos: TodoServiceDep) -> TodoRead:
    return TodoRead.model_validate(await todos.get(user.id, todo_id))


@router.patch(
    "/{todo_id}", response_model=TodoRead, summary="Partially update a todo", responses=NOT_FOUND
)
async def patch_todo(
    todo_id: int, body: TodoPatch, user: CurrentUserDep, todos: TodoServiceDep
) -> TodoRead:
    return TodoRead.model_validate(await todos.patch(user.id, todo_id, body))


@router.delete(
    "/{todo_id}",
    status_code=status.HTTP_204_NO_CONTENT,
    response_class=Response,
    summary="Delete a todo",
    responses=NOT_FOUND,
)
async def delete_todo(todo_id: int, user: CurrentUserDep, todos: TodoServiceDep) -> None:
    await todos.delete(user.id, todo_id)
