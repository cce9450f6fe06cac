from typing import Annotated

from fastapi import APIRouter, HTTPException, Query, Response, status

from todo_api.deps import CurrentUser, Pagination, Todos
from todo_api.repositories import SortField, SortOrder
from todo_api.schemas import Problem, TodoCreate, TodoOut, TodoPage, TodoUpdate

router = APIRouter(
    prefix="/todos",
    tags=["todos"],
    responses={status.HTTP_401_UNAUTHORIZED: {"model": Problem, "description": "Not authenticated"}},
)

_NOT_FOUND = {status.HTTP_404_NOT_FOUND: {"model": Problem, "description": "No such todo (or not yours)"}}


def _not_found(todo_id: int) -> HTTPException:
    return HTTPException(status.HTTP_404_NOT_FOUND, f"Todo {todo_id} not found")


@router.post("", status_code=status.HTTP_201_CREATED, summary="Create a todo")
async def create_todo(body: TodoCreate, user: CurrentUser, todos: Todos) -> TodoOut:
    return await todos.create(user.id, body.title, body.description, body.done)


@router.get("", summary="List your todos")
async def list_todos(
    user: CurrentUser,
    todos: Todos,
    page: Pagination,
    done: Annotated[bool | None, Query(description="Filter on the done flag")] = None,
    sort: Annotated[SortField, Query()] = "created_at",
    order: Annotated[SortOrder, Query()] = "desc",
) -> TodoPage:
    items, total = await todos.page(
        user.id, limit=page.limit, offset=page.offset, done=done, sort=sort, order=order
    )
    return TodoPage(items=items, total=total, limit=page.limit, offset=page.offset)


@router.get("/{todo_id}", summary="Read one of your todos", responses=_NOT_FOUND)
async def get_todo(todo_id: int, user: CurrentUser, todos: Todos) -> TodoOut:
    todo = await todos.get(user.id, todo_id)
    if todo is None:
        raise _not_found(todo_id)
    return todo


@router.patch("/{todo_id}", summary="Update some fields of a todo", responses=_NOT_FOUND)
async def update_todo(todo_id: int, body: TodoUpdate, user: CurrentUser, todos: Todos) -> TodoOut:
    todo = await todos.update(user.id, todo_id, body.model_dump(exclude_unset=True))
    if todo is None:
        raise _not_found(todo_id)
    return todo


@router.delete(
    "/{todo_id}",
    status_code=status.HTTP_204_NO_CONTENT,
    summary="Delete a todo",
    responses=_NOT_FOUND,
)
async def delete_todo(todo_id: int, user: CurrentUser, todos: Todos) -> Response:
    if not await todos.delete(user.id, todo_id):
        raise _not_found(todo_id)
    return Response(status_code=status.HTTP_204_NO_CONTENT)
