from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, HTTPException, Query, Response, status

from todo_service.deps import CurrentUser, SettingsDep
from todo_service.models import Todo, User, db, utcnow
from todo_service.schemas import Page, TodoIn, TodoOut, TodoPatch

router = APIRouter(prefix="/todos", tags=["todos"])


def _owned(todo_id: int, user: User) -> Todo:
    todo = Todo.get_or_none((Todo.id == todo_id) & (Todo.owner == user))
    if todo is None:
        # also covers "exists but belongs to someone else"
        raise HTTPException(status.HTTP_404_NOT_FOUND, "todo not found")
    return todo


@router.post("", status_code=status.HTTP_201_CREATED, response_model=TodoOut, summary="Create a todo")
def create_todo(body: TodoIn, user: CurrentUser) -> Todo:
    return Todo.create(owner=user, **body.model_dump())


@router.get("", response_model=Page[TodoOut], summary="List your todos")
def list_todos(
    user: CurrentUser,
    settings: SettingsDep,
    limit: Annotated[int | None, Query(ge=1, description="page size, 1..max_page_size")] = None,
    offset: Annotated[int, Query(ge=0)] = 0,
    done: Annotated[bool | None, Query(description="filter by done flag")] = None,
) -> dict[str, object]:
    if limit is None:
        limit = settings.default_page_size
    elif limit > settings.max_page_size:
        raise HTTPException(
            status.HTTP_422_UNPROCESSABLE_CONTENT,
            f"limit must be at most {settings.max_page_size}",
        )
    query = Todo.select().where(Todo.owner == user)
    if done is not None:
        query = query.where(Todo.done == done)
    return {
        "items": list(query.order_by(Todo.id).limit(limit).offset(offset)),
        "total": query.count(),
        "limit": limit,
        "offset": offset,
    }


@router.get("/{todo_id}", response_model=TodoOut, summary="Get one todo")
def get_todo(todo_id: int, user: CurrentUser) -> Todo:
    return _owned(todo_id, user)


@router.patch("/{todo_id}", response_model=TodoOut, summary="Update a todo (partial)")
def update_todo(todo_id: int, body: TodoPatch, user: CurrentUser) -> Todo:
    changes = body.model_dump(exclude_unset=True)
    if changes.get("title", "") is None or changes.get("done", False) is None:
        raise HTTPException(status.HTTP_422_UNPROCESSABLE_CONTENT, "title and done cannot be null")
    with db.atomic():
        todo = _owned(todo_id, user)
        for field, value in changes.items():
            setattr(todo, field, value)
        todo.updated_at = utcnow()
        todo.save()
    return todo


@router.delete("/{todo_id}", status_code=status.HTTP_204_NO_CONTENT, summary="Delete a todo")
def delete_todo(todo_id: int, user: CurrentUser) -> Response:
    _owned(todo_id, user).delete_instance()
    return Response(status_code=status.HTTP_204_NO_CONTENT)
