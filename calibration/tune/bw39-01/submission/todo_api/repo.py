"""Data access. Every query is scoped by owner; nothing here knows about HTTP."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from .db import Todo, User
from .errors import Conflict, NotFound
from .result import Err, Ok, Result
from .schemas import TodoCreate, TodoUpdate


def create_user(session: Session, username: str, password_hash: str) -> Result[User, Conflict]:
    user = User(username=username, password_hash=password_hash)
    session.add(user)
    try:
        session.commit()
    except IntegrityError:
        session.rollback()
        return Err(Conflict(f"username {username!r} is already taken"))
    session.refresh(user)
    return Ok(user)


def find_user_by_username(session: Session, username: str) -> User | None:
    stmt = select(User).where(User.username == username)
    return session.scalars(stmt).one_or_none()


def list_todos(session: Session, owner_id: int, limit: int, offset: int) -> list[Todo]:
    stmt = (
        select(Todo)
        .where(Todo.owner_id == owner_id)
        .order_by(Todo.id)
        .limit(limit)
        .offset(offset)
    )
    return list(session.scalars(stmt))


def get_todo(session: Session, owner_id: int, todo_id: int) -> Result[Todo, NotFound]:
    stmt = select(Todo).where(Todo.id == todo_id, Todo.owner_id == owner_id)
    todo = session.scalars(stmt).one_or_none()
    if todo is None:
        # Same answer for "does not exist" and "belongs to someone else": no id probing.
        return Err(NotFound("todo", todo_id))
    return Ok(todo)


def create_todo(session: Session, owner_id: int, data: TodoCreate) -> Todo:
    todo = Todo(owner_id=owner_id, **data.model_dump())
    session.add(todo)
    session.commit()
    session.refresh(todo)
    return todo


def update_todo(session: Session, todo: Todo, patch: TodoUpdate) -> Todo:
    for field, value in patch.model_dump(exclude_unset=True).items():
        setattr(todo, field, value)
    session.commit()
    session.refresh(todo)
    return todo


def delete_todo(session: Session, todo: Todo) -> None:
    session.delete(todo)
    session.commit()
