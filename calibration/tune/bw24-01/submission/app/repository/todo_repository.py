from typing import List, Optional

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.entity.todo_entity import TodoEntity


class TodoRepository:
    def __init__(self, db: Session):
        self.db = db

    def find_all_by_owner_id(self, owner_id: int, limit: int, offset: int) -> List[TodoEntity]:
        stmt = (
            select(TodoEntity)
            .where(TodoEntity.owner_id == owner_id)
            .order_by(TodoEntity.id)
            .limit(limit)
            .offset(offset)
        )
        return list(self.db.execute(stmt).scalars().all())

    def count_by_owner_id(self, owner_id: int) -> int:
        stmt = select(func.count(TodoEntity.id)).where(TodoEntity.owner_id == owner_id)
        return self.db.execute(stmt).scalar_one()

    def find_by_id_and_owner_id(self, todo_id: int, owner_id: int) -> Optional[TodoEntity]:
        stmt = select(TodoEntity).where(TodoEntity.id == todo_id, TodoEntity.owner_id == owner_id)
        return self.db.execute(stmt).scalar_one_or_none()

    def save(self, todo: TodoEntity) -> TodoEntity:
        self.db.add(todo)
        self.db.commit()
        self.db.refresh(todo)
        return todo

    def delete(self, todo: TodoEntity) -> None:
        self.db.delete(todo)
        self.db.commit()
