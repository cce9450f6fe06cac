from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Query, status

from todo_api.application.dtos import (
    CreateTodoRequest,
    ErrorResponse,
    PagedResponse,
    TodoResponse,
    UpdateTodoRequest,
)
from todo_api.web.dependencies import CurrentUser, TodoServiceDep

DEFAULT_PAGE_SIZE = 20
MAX_PAGE_SIZE = 100

router = APIRouter(
    prefix="/api/v1/todos",
    tags=["Todos"],
    responses={status.HTTP_401_UNAUTHORIZED: {"model": ErrorResponse, "description": "Not authenticated"}},
)

TodoId = Annotated[int, Path(ge=1, description="Identifier of the todo")]
_NOT_FOUND = {status.HTTP_404_NOT_FOUND: {"model": ErrorResponse, "description": "Todo not found"}}


@router.post(
    "",
    response_model=TodoResponse,
    status_code=status.HTTP_201_CREATED,
    summary="Create a todo",
)
async def create_todo(
    request: CreateTodoRequest, current_user: CurrentUser, todo_service: TodoServiceDep
) -> TodoResponse:
    return await todo_service.create_async(current_user, request)


@router.get(
    "",
    response_model=PagedResponse[TodoResponse],
    summary="List the current user's todos",
)
async def list_todos(
    current_user: CurrentUser,
    todo_service: TodoServiceDep,
    limit: Annotated[int, Query(ge=1, le=MAX_PAGE_SIZE)] = DEFAULT_PAGE_SIZE,
    offset: Annotated[int, Query(ge=0)] = 0,
) -> PagedResponse[TodoResponse]:
    return await todo_service.list_async(current_user, limit=limit, offset=offset)


@router.get(
    "/{todo_id}",
    response_model=TodoResponse,
    summary="Get a todo by id",
    responses=_NOT_FOUND,
)
async def get_todo(
    todo_id: TodoId, current_user: CurrentUser, todo_service: TodoServiceDep
) -> TodoResponse:
    return await todo_service.get_async(current_user, todo_id)


@router.patch(
    "/{todo_id}",
    response_model=TodoResponse,
    summary="Partially update a todo",
    responses=_NOT_FOUND,
)
async def update_todo(
    todo_id: TodoId,
    request: UpdateTodoRequest,
    current_user: CurrentUser,
    todo_service: TodoServiceDep,
) -> TodoResponse:
    return await todo_service.update_async(current_user, todo_id, request)


@router.delete(
    "/{todo_id}",
    status_code=status.HTTP_204_NO_CONTENT,
    summary="Delete a todo",
    responses=_NOT_FOUND,
)
async def delete_todo(
    todo_id: TodoId, current_user: CurrentUser, todo_service: TodoServiceDep
) -> None:
    await todo_service.delete_async(current_user, todo_id)
