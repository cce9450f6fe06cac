from typing import List, Optional, Tuple

from sqlalchemy.orm import Session

from app.model.todo import Todo


def create(db: Session, user_id: int, title: str, description: Optional[str], done: bool) -> Todo:
    t = Todo(user_id=user_id, title=title, description=description, done=done)
    db.add(t)
    db.commit()
    db.refresh(t)
    return t


def get(db: Session, user_id: int, todo_id: int) -> Optional[Todo]:
    return db.query(Todo).filter(Todo.id == todo_id, Todo.user_id == user_id).first()


def list_by_user(db: Session, user_id: int, offset: int, limit: int) -> Tuple[int, List[Todo]]:
    rows = db.query(Todo).filter(Todo.user_id == user_id).order_by(Todo.id.desc()).all()
    total = len(rows)
    return total, rows[offset : offset + limit]


def save(db: Session, t: Todo) -> Todo:
    db.add(t)
    db.commit()
    db.refresh(t)
    return t


def delete(db: Session, t: Todo) -> None:
    db.delete(t)
    db.commit()
