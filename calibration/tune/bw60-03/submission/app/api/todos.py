from typing import Annotated

from fastapi import APIRouter, HTTPException, Query, Response, status

from app.api.deps import CurrentUser, Todos
from app.domain.models import Todo, TodoIn, TodoOut, TodoPage, TodoPatch, User

router = APIRouter(prefix="/todos", tags=["todos"])


async def owned_or_404(todos: Todos, user: User, todo_id: int) -> Todo:
    assert user.id is not None
    todo = await todos.get_owned(user.id, todo_id)
    if todo is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "todo not found")
    return todo


@router.post("", status_code=status.HTTP_201_CREATED, response_model=TodoOut)
async def create(body: TodoIn, user: CurrentUser, todos: Todos) -> Todo:
    assert user.id is not None
    return await todos.insert(Todo.model_validate(body, update={"owner_id": user.id}))


@router.get("", response_model=TodoPage)
async def list_todos(
    user: CurrentUser,
    todos: Todos,
    limit: Annotated[int, Query(ge=1, le=50)] = 10,
    offset: Annotated[int, Query(ge=0, le=10_000)] = 0,
) -> TodoPage:
    assert user.id is not None
    items, total = await todos.page_owned(user.id, limit, offset)
    return TodoPage(
        items=[TodoOut.model_validate(t) for t in items],
        total=total,
        limit=limit,
        offset=offset,
    )


@router.get("/{todo_id}", response_model=TodoOut)
async def get(todo_id: int, user: CurrentUser, todos: Todos) -> Todo:
    return await owned_or_404(todos, user, todo_id)


@router.patch("/{todo_id}", response_model=TodoOut)
async def patch(todo_id: int, body: TodoPatch, user: CurrentUser, todos: Todos) -> Todo:
    todo = await owned_or_404(todos, user, todo_id)
    return await todos.update(todo, body.model_dump(exclude_unset=True, exclude_none=True))


@router.delete("/{todo_id}", status_code=status.HTTP_204_NO_CONTENT)
async def delete(todo_id: int, user: CurrentUser, todos: Todos) -> Response:
    todo = await owned_or_404(todos, user, todo_id)
    await todos.delete(todo)
    return Response(status_code=status.HTTP_204_NO_CONTENT)
