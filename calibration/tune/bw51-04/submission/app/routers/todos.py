from typing import Annotated

from fastapi import APIRouter, Depends, HTTPException, Query, Response, status
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db import get_db
from app.models import Todo
from app.schemas import TodoCreate, TodoOut, TodoUpdate
from app.security import CurrentUser

router = APIRouter(prefix="/todos", tags=["todos"])

DB = Annotated[Session, Depends(get_db)]


def _get_owned(db: Session, todo_id: int, owner_id: int) -> Todo:
    todo = db.scalar(select(Todo).where(Todo.id == todo_id, Todo.owner_id == owner_id))
    if todo is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "Todo not found")
    return todo


@router.get("", response_model=list[TodoOut])
def list_todos(
    db: DB,
    user: CurrentUser,
    limit: Annotated[int, Query(ge=1, le=100)] = 20,
    offset: Annotated[int, Query(ge=0)] = 0,
) -> list[Todo]:
    stmt = (
        select(Todo)
        .where(Todo.owner_id == user.id)
        .order_by(Todo.id)
        .limit(limit)
        .offset(offset)
    )
    return list(db.scalars(stmt))


@router.post("", response_model=TodoOut, status_code=status.HTTP_201_CREATED)
def create_todo(body: TodoCreate, db: DB, user: CurrentUser) -> Todo:
    todo = Todo(**body.model_dump(), owner_id=user.id)
    db.add(todo)
    db.commit()
    return todo


@router.get("/{todo_id}", response_model=TodoOut)
def get_todo(todo_id: int, db: DB, user: CurrentUser) -> Todo:
    return _get_owned(db, todo_id, user.id)


@router.patch("/{todo_id}", response_model=TodoOut)
def update_todo(todo_id: int, body: TodoUpdate, db: DB, user: CurrentUser) -> Todo:
    todo = _get_owned(db, todo_id, user.id)
    for field, value in body.model_dump(exclude_unset=True).items():
        setattr(todo, field, value)
    db.commit()
    return todo


@router.delete("/{todo_id}", status_code=status.HTTP_204_NO_CONTENT)
def delete_todo(todo_id: int, db: DB, user: CurrentUser) -> Response:
    todo = _get_owned(db, todo_id, user.id)
    db.delete(todo)
    db.commit()
    return Response(status_code=status.HTTP_204_NO_CONTENT)
