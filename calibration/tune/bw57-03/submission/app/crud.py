from sqlalchemy.orm import Session

from . import models, schemas
from .auth import get_password_hash


def get_user_by_username(db: Session, username: str):
    return db.query(models.User).filter(models.User.username == username).first()


def create_user(db: Session, user: schemas.UserCreate):
    hashed_password = get_password_hash(user.password)
    db_user = models.User(username=user.username, hashed_password=hashed_password)
    db.add(db_user)
    db.commit()
    db.refresh(db_user)
    return db_user


def get_todos(db: Session, user_id: int, offset: int = 0, limit: int = 10):
    return (
        db.query(models.Todo)
        .filter(models.Todo.owner_id == user_id)
        .order_by(models.Todo.id)
        .offset(offset)
        .limit(limit)
        .all()
    )


def count_todos(db: Session, user_id: int):
    return db.query(models.Todo).filter(models.Todo.owner_id == user_id).count()


def get_todo(db: Session, todo_id: int, user_id: int):
    return (
        db.query(models.Todo)
        .filter(models.Todo.id == todo_id, models.Todo.owner_id == user_id)
        .first()
    )


def create_todo(db: Session, todo: schemas.TodoCreate, user_id: int):
    db_todo = models.Todo(**todo.dict(), owner_id=user_id)
    db.add(db_todo)
    db.commit()
    db.refresh(db_todo)
    return db_todo


def update_todo(db: Session, db_todo: models.Todo, todo: schemas.TodoUpdate):
    update_data = todo.dict(exclude_unset=True)
    for key, value in update_data.items():
        setattr(db_todo, key, value)
    db.add(db_todo)
    db.commit()
    db.refresh(db_todo)
    return db_todo


def delete_todo(db: Session, db_todo: models.Todo):
    db.delete(db_todo)
    db.commit()
