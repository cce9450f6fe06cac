from collections.abc import Sequence
from typing import Annotated

from fastapi import APIRouter, HTTPException, Query, Response, status
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import Todo, User
from app.schemas import Message, TodoCreate, TodoOut, TodoUpdate
from app.security import CurrentUser, DbSession

DEFAULT_PAGE_SIZE = 20
MAX_PAGE_SIZE = 100

NOT_FOUND = {404: {"model": Message, "description": "Todo not found (or not yours)"}}
UNAUTHORIZED = {401: {"model": Message, "description": "Missing or invalid token"}}

router = APIRouter(prefix="/todos", tags=["todos"], responses=UNAUTHORIZED)


def get_owned_todo(db: Session, todo_id: int, user: User) -> Todo:
    """Load a todo that belongs to ``user``; anything else is a 404 (we don't leak existence)."""
    todo = db.scalar(select(Todo).where(Todo.id == todo_id, Todo.owner_id == user.id))
    if todo is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, detail="Todo not found")
    return todo


@router.post(
    "",
    response_model=TodoOut,
    status_code=status.HTTP_201_CREATED,
    summary="Create a todo",
)
def create_todo(payload: TodoCreate, db: DbSession, user: CurrentUser) -> Todo:
    todo = Todo(**payload.model_dump(), owner_id=user.id)
    db.add(todo)
    db.commit()
    db.refresh(todo)
    return todo


@router.get("", response_model=list[TodoOut], summary="List my todos (paginated)")
def list_todos(
    db: DbSession,
    user: CurrentUser,
    limit: Annotated[int, Query(ge=1, le=MAX_PAGE_SIZE, description="Page size")] = DEFAULT_PAGE_SIZE,
    offset: Annotated[int, Query(ge=0, description="Number of todos to skip")] = 0,
) -> Sequence[Todo]:
    stmt = (
        select(Todo)
        .where(Todo.owner_id == user.id)
        .order_by(Todo.id)
        .limit(limit)
        .offset(offset)
    )
    return db.scalars(stmt).all()


@router.get("/{todo_id}", response_model=TodoOut, summary="Read one todo", responses=NOT_FOUND)
def read_todo(todo_id: int, db: DbSession, user: CurrentUser) -> Todo:
    return get_owned_todo(db, todo_id, user)


@router.patch("/{todo_id}", response_model=TodoOut, summary="Update a todo", responses=NOT_FOUND)
def update_todo(todo_id: int, payload: TodoUpdate, db: DbSession, user: CurrentUser) -> Todo:
    todo = get_owned_todo(db, todo_id, user)
    for field, value in payload.model_dump(exclude_unset=True).items():
        setattr(todo, field, value)
    db.commit()
    db.refresh(todo)
    return todo


@router.delete(
    "/{todo_id}",
    status_code=status.HTTP_204_NO_CONTENT,
    summary="Delete a todo",
    responses=NOT_FOUND,
)
def delete_todo(todo_id: int, db: DbSession, user: CurrentUser) -> Response:
    todo = get_owned_todo(db, todo_id, user)
    db.delete(todo)
    db.commit()
    return Response(status_code=status.HTTP_204_NO_CONTENT)
