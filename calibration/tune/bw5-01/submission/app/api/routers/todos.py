from typing import Annotated

from fastapi import APIRouter, Path, Query, Response, status

from app.api.deps import CurrentUser, TodoServiceDep
from app.core.config import get_settings
from app.schemas.common import ErrorOut
from app.schemas.todo import TodoCreate, TodoOut, TodoUpdate

_settings = get_settings()

_UNAUTHORIZED = {status.HTTP_401_UNAUTHORIZED: {"model": ErrorOut, "description": "Missing or invalid token"}}
_NOT_FOUND = {status.HTTP_404_NOT_FOUND: {"model": ErrorOut, "description": "No such todo for this user"}}

router = APIRouter(prefix="/todos", tags=["todos"], responses=_UNAUTHORIZED)

TodoId = Annotated[int, Path(ge=1, description="Todo identifier")]


@router.post("", response_model=TodoOut, status_code=status.HTTP_201_CREATED, summary="Create a todo")
async def create_todo(body: TodoCreate, user: CurrentUser, service: TodoServiceDep) -> TodoOut:
    return TodoOut.model_validate(await service.create(user.id, body))


@router.get("", response_model=list[TodoOut], summary="List my todos (paginated)")
async def list_todos(
    user: CurrentUser,
    service: TodoServiceDep,
    limit: Annotated[
        int, Query(ge=1, le=_settings.page_size_max, description="Page size")
    ] = _settings.page_size_default,
    offset: Annotated[int, Query(ge=0, description="Records to skip")] = 0,
) -> list[TodoOut]:
    todos = await service.list(user.id, limit=limit, offset=offset)
    return [TodoOut.model_validate(t) for t in todos]


@router.get("/{todo_id}", response_model=TodoOut, summary="Read one todo", responses=_NOT_FOUND)
async def get_todo(todo_id: TodoId, user: CurrentUser, service: TodoServiceDep) -> TodoOut:
    return TodoOut.model_validate(await service.get(user.id, todo_id))


@router.put("/{todo_id}", response_model=TodoOut, summary="Replace a todo", responses=_NOT_FOUND)
async def update_todo(
    todo_id: TodoId, body: TodoUpdate, user: CurrentUser, service: TodoServiceDep
) -> TodoOut:
    return TodoOut.model_validate(await service.replace(user.id, todo_id, body))


@router.delete(
    "/{todo_id}",
    status_code=status.HTTP_204_NO_CONTENT,
    response_class=Response,
    summary="Delete a todo",
    responses=_NOT_FOUND,
)
async def delete_todo(todo_id: TodoId, user: CurrentUser, service: TodoServiceDep) -> Response:
    await service.delete(user.id, todo_id)
    return Response(status_code=status.HTTP_204_NO_CONTENT)
