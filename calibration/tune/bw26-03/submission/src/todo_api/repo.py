"""Queries. Every todo query is scoped by owner, so ownership cannot be forgotten by a caller."""
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from .db import Todo, User
from .domain import Page, TodoFields


def find_user_by_name(session: Session, username: str) -> User | None:
    return session.scalars(select(User).where(User.username == username)).one_or_none()


def insert_user(session: Session, username: str, password_hash: str) -> User | None:
    user = User(username=username, password_hash=password_hash)
    session.add(user)
    try:
        session.commit()
    except IntegrityError:
        session.rollback()
        return None
    return user


def find_todo(session: Session, owner_id: int, todo_id: int) -> Todo | None:
    return session.scalars(
        select(Todo).where(Todo.id == todo_id, Todo.owner_id == owner_id)
    ).one_or_none()


def list_todos(session: Session, owner_id: int, page: Page) -> tuple[list[Todo], int]:
    items = session.scalars(
        select(Todo).where(Todo.owner_id == owner_id).order_by(Todo.id).limit(page.limit).offset(page.offset)
    ).all()
    total = session.scalar(select(func.count()).select_from(Todo).where(Todo.owner_id == owner_id)) or 0
    return list(items), total


def insert_todo(session: Session, owner_id: int, fields: TodoFields) -> Todo:
    todo = Todo(owner_id=owner_id, title=fields.title, description=fields.description, done=fields.done)
    session.add(todo)
    session.commit()
    return todo


def save_todo(session: Session, todo: Todo, fields: TodoFields) -> Todo:
    todo.title, todo.description, todo.done = fields.title, fields.description, fields.done
    session.commit()
    return todo


def delete_todo(session: Session, todo: Todo) -> None:
    session.delete(todo)
    session.commit()
