from typing import Annotated

from fastapi import APIRouter, Query, Response, status

from app.http.middleware.authenticate import CurrentUser
from app.http.requests import StoreTodoRequest, UpdateTodoRequest
from app.http.resources import ErrorResource, TodoCollection, TodoResource
from app.models import Todo
from app.providers import TodoServiceDep

router = APIRouter(
    prefix="/api/todos",
    tags=["todos"],
    responses={401: {"model": ErrorResource, "description": "Missing or invalid token"}},
)

NOT_FOUND = {404: {"model": ErrorResource, "description": "Todo not found"}}


@router.get("", response_model=TodoCollection, summary="List your todos (paginated)")
async def index(
    user: CurrentUser,
    todos: TodoServiceDep,
    limit: Annotated[int, Query(ge=1, le=100)] = 20,
    offset: Annotated[int, Query(ge=0)] = 0,
) -> TodoCollection:
    items, total = await todos.paginate(user, limit, offset)
    return TodoCollection(
        data=[TodoResource.model_validate(todo) for todo in items],
        total=total,
        limit=limit,
        offset=offset,
    )


@router.post(
    "",
    response_model=TodoResource,
    status_code=status.HTTP_201_CREATED,
    summary="Create a todo",
)
async def store(payload: StoreTodoRequest, user: CurrentUser, todos: TodoServiceDep) -> Todo:
    return await todos.create(user, payload)


@router.get(
    "/{todo_id}", response_model=TodoResource, summary="Show one todo", responses=NOT_FOUND
)
async def show(todo_id: int, user: CurrentUser, todos: TodoServiceDep) -> Todo:
    return await todos.find_or_fail(user, todo_id)


@router.patch(
    "/{todo_id}",
    response_model=TodoResource,
    summary="Update a todo (only the fields you send)",
    responses=NOT_FOUND,
)
async def update(
    todo_id: int, payload: UpdateTodoRequest, user: CurrentUser, todos: TodoServiceDep
) -> Todo:
    return await todos.update(user, todo_id, payload)


@router.delete(
    "/{todo_id}",
    status_code=status.HTTP_204_NO_CONTENT,
    response_class=Response,
    summary="Delete a todo",
    responses=NOT_FOUND,
)
async def destroy(todo_id: int, user: CurrentUser, todos: TodoServiceDep) -> Response:
    await todos.delete(user, todo_id)
    return Response(status_code=status.HTTP_204_NO_CONTENT)
