"""TodoViewSet: list / create / retrieve / update / partial_update / destroy, scoped to request.user."""

from typing import Annotated

from fastapi import APIRouter, Depends, HTTPException, Path, Response, status
from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from ..accounts.authentication import CurrentUser
from ..accounts.models import User
from ..db import get_db
from ..pagination import Page, Paginator
from .models import Todo
from .serializers import TodoCreateSerializer, TodoPartialUpdateSerializer, TodoSerializer

router = APIRouter(
    prefix="/todos",
    tags=["todos"],
    responses={401: {"description": "Missing, invalid or expired token"}},
)

DB = Annotated[Session, Depends(get_db)]
TodoId = Annotated[int, Path(ge=1, le=2**63 - 1)]
NOT_FOUND = {404: {"description": "No todo with this id belongs to the current user"}}


def get_queryset(user: User) -> Select[tuple[Todo]]:
    return select(Todo).where(Todo.owner_id == user.id).order_by(Todo.created_at.desc(), Todo.id.desc())


def get_object(db: Session, user: User, todo_id: int) -> Todo:
    # Filtering on the owner means someone else's todo is indistinguishable from a missing one.
    todo = db.scalar(get_queryset(user).where(Todo.id == todo_id))
    if todo is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "Not found.")
    return todo


@router.get("", response_model=Page[TodoSerializer], summary="List my todos (newest first)")
def list_todos(user: CurrentUser, db: DB, paginator: Paginator) -> Page[TodoSerializer]:
    count, todos = paginator.paginate_queryset(db, get_queryset(user))
    return paginator.get_paginated_response(count, [TodoSerializer.model_validate(t) for t in todos])


@router.post("", response_model=TodoSerializer, status_code=status.HTTP_201_CREATED, summary="Create a todo")
def create_todo(data: TodoCreateSerializer, user: CurrentUser, db: DB) -> Todo:
    todo = Todo(owner_id=user.id, **data.model_dump())
    db.add(todo)
    db.commit()
    return todo


@router.get("/{todo_id}", response_model=TodoSerializer, summary="Retrieve a todo", responses=NOT_FOUND)
def retrieve_todo(todo_id: TodoId, user: CurrentUser, db: DB) -> Todo:
    return get_object(db, user, todo_id)


@router.put("/{todo_id}", response_model=TodoSerializer, summary="Replace a todo", responses=NOT_FOUND)
def update_todo(todo_id: TodoId, data: TodoCreateSerializer, user: CurrentUser, db: DB) -> Todo:
    return _perform_update(db, get_object(db, user, todo_id), data.model_dump())


@router.patch("/{todo_id}", response_model=TodoSerializer, summary="Update some fields", responses=NOT_FOUND)
def partial_update_todo(todo_id: TodoId, data: TodoPartialUpdateSerializer, user: CurrentUser, db: DB) -> Todo:
    return _perform_update(db, get_object(db, user, todo_id), data.model_dump(exclude_unset=True))


@router.delete(
    "/{todo_id}", status_code=status.HTTP_204_NO_CONTENT, summary="Delete a todo", responses=NOT_FOUND
)
def destroy_todo(todo_id: TodoId, user: CurrentUser, db: DB) -> Response:
    db.delete(get_object(db, user, todo_id))
    db.commit()
    return Response(status_code=status.HTTP_204_NO_CONTENT)


def _perform_update(db: Session, todo: Todo, changes: dict[str, object]) -> Todo:
    for field, value in changes.items():
        setattr(todo, field, value)
    db.commit()
    return todo
