from typing import Annotated

from fastapi import APIRouter, Depends, Path, Query, Response, status

from app.platform.errors import ErrorOut
from app.services.identity.domain import Principal
from app.services.todos.schemas import (
    DEFAULT_PAGE_SIZE,
    MAX_PAGE_SIZE,
    TodoCreateIn,
    TodoOut,
    TodoPageOut,
    TodoPatchIn,
)
from app.services.todos.service import TodoService
from app.wiring import current_principal, todo_service

router = APIRouter(
    prefix="/api/v1/todos",
    tags=["todos"],
    responses={401: {"model": ErrorOut, "description": "Missing or invalid token"}},
)

Caller = Annotated[Principal, Depends(current_principal)]
Todos = Annotated[TodoService, Depends(todo_service)]
TodoId = Annotated[int, Path(ge=1, description="Todo identifier")]
_NOT_FOUND = {404: {"model": ErrorOut, "description": "No such todo (or not yours)"}}


@router.get("", summary="List your todos, paginated")
async def list_todos(
    caller: Caller,
    todos: Todos,
    limit: Annotated[int, Query(ge=1, le=MAX_PAGE_SIZE)] = DEFAULT_PAGE_SIZE,
    offset: Annotated[int, Query(ge=0)] = 0,
) -> TodoPageOut:
    return TodoPageOut.from_page(await todos.list(caller.user_id, limit, offset))


@router.post("", status_code=status.HTTP_201_CREATED, summary="Create a todo")
async def create_todo(body: TodoCreateIn, caller: Caller, todos: Todos) -> TodoOut:
    view = await todos.create(caller.user_id, body.title, body.description)
    return TodoOut.from_view(view)


@router.get("/{todo_id}", summary="Read one of your todos", responses=_NOT_FOUND)
async def read_todo(todo_id: TodoId, caller: Caller, todos: Todos) -> TodoOut:
    return TodoOut.from_view(await todos.get(caller.user_id, todo_id))


@router.patch("/{todo_id}", summary="Update fields of one of your todos", responses=_NOT_FOUND)
async def patch_todo(todo_id: TodoId, body: TodoPatchIn, caller: Caller, todos: Todos) -> TodoOut:
    changes = body.model_dump(exclude_unset=True)
    return TodoOut.from_view(await todos.update(caller.user_id, todo_id, changes))


@router.delete(
    "/{todo_id}",
    status_code=status.HTTP_204_NO_CONTENT,
    summary="Delete one of your todos",
    responses=_NOT_FOUND,
)
async def delete_todo(todo_id: TodoId, caller: Caller, todos: Todos) -> Response:
    await todos.delete(caller.user_id, todo_id)
    return Response(status_code=status.HTTP_204_NO_CONTENT)
