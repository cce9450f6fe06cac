"""Todo CRUD endpoints."""
from typing import Annotated

from fastapi import APIRouter, Query, Response, status

from todo_service.api.dependencies import CurrentUser, TodoServiceDep
from todo_service.core.config import get_settings
from todo_service.domain.schemas import PaginatedTodosDTO, TodoCreateDTO, TodoReadDTO, TodoUpdateDTO

router = APIRouter(prefix="/todos", tags=["Todos"])
_settings = get_settings()
_NOT_FOUND = {404: {"description": "Todo not found"}}


@router.post("", response_model=TodoReadDTO, status_code=status.HTTP_201_CREATED, summary="Create a todo")
async def create_todo(dto: TodoCreateDTO, user: CurrentUser, service: TodoServiceDep) -> TodoReadDTO:
    return TodoReadDTO.model_validate(service.create(user.id, dto))


@router.get("", response_model=PaginatedTodosDTO, summary="List my todos")
async def list_todos(
    user: CurrentUser,
    service: TodoServiceDep,
    limit: Annotated[int, Query(ge=1, le=_settings.max_page_size)] = _settings.default_page_size,
    offset: Annotated[int, Query(ge=0)] = 0,
) -> PaginatedTodosDTO:
    return service.list(user.id, limit, offset)


@router.get("/{todo_id}", response_model=TodoReadDTO, summary="Get one todo", responses=_NOT_FOUND)
async def get_todo(todo_id: int, user: CurrentUser, service: TodoServiceDep) -> TodoReadDTO:
    return TodoReadDTO.model_validate(service.get(user.id, todo_id))


@router.patch("/{todo_id}", response_model=TodoReadDTO, summary="Update a todo", responses=_NOT_FOUND)
async def update_todo(
    todo_id: int, dto: TodoUpdateDTO, user: CurrentUser, service: TodoServiceDep
) -> TodoReadDTO:
    return TodoReadDTO.model_validate(service.update(user.id, todo_id, dto))


@router.delete(
    "/{todo_id}", status_code=status.HTTP_204_NO_CONTENT, summary="Delete a todo", responses=_NOT_FOUND
)
async def delete_todo(todo_id: int, user: CurrentUser, service: TodoServiceDep) -> Response:
    service.delete(user.id, todo_id)
    return Response(status_code=status.HTTP_204_NO_CONTENT)
