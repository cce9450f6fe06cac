from typing import List, Optional, Tuple

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from app.models import Todo


class TodoRepository:
    def __init__(self, db: Session) -> None:
        self.db = db

    def query_for_user(self, user_id: int) -> Select:
        return (
            select(Todo)
            .where(Todo.user_id == user_id)
            .order_by(Todo.created_at.desc(), Todo.id.desc())
        )

    def paginate(self, user_id: int, limit: int, offset: int) -> Tuple[List[Todo], int]:
        query = self.query_for_user(user_id)
        total = len(self.db.scalars(query).all())
        items = self.db.scalars(query.limit(limit).offset(offset)).all()
        return list(items), total

    def find_for_user(self, todo_id: int, user_id: int) -> Optional[Todo]:
        return self.db.scalars(
            select(Todo).where(Todo.id == todo_id, Todo.user_id == user_id)
        ).first()

    def create(self, user_id: int, title: str, description: Optional[str], done: bool) -> Todo:
        todo = Todo(user_id=user_id, title=title, description=description, done=done)
        self.db.add(todo)
        self.db.commit()
        self.db.refresh(todo)
        return todo

    def save(self, todo: Todo) -> Todo:
        self.db.add(todo)
        self.db.commit()
        self.db.refresh(todo)
        return todo

    def delete(self, todo: Todo) -> None:
        self.db.delete(todo)
        self.db.commit()
