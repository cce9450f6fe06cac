from sqlalchemy import func, select
from sqlalchemy.orm import Session

from todo_api.models import Todo
from todo_api.schemas import TodoCreate, TodoUpdate


class TodoRepository:
    """Data access for todos, always scoped to a single owner."""

    def __init__(self, db: Session, owner_id: int) -> None:
        self._db = db
        self._owner_id = owner_id

    def list_page(self, *, limit: int, offset: int) -> tuple[list[Todo], int]:
        total = self._db.scalar(
            select(func.count()).select_from(Todo).where(Todo.owner_id == self._owner_id)
        )
        todos = self._db.scalars(
            select(Todo)
            .where(Todo.owner_id == self._owner_id)
            .order_by(Todo.id)
            .limit(limit)
            .offset(offset)
        ).all()
        return list(todos), total or 0

    def get(self, todo_id: int) -> Todo | None:
        return self._db.scalar(
            select(Todo).where(Todo.id == todo_id, Todo.owner_id == self._owner_id)
        )

    def add(self, data: TodoCreate) -> Todo:
        todo = Todo(owner_id=self._owner_id, **data.model_dump())
        self._db.add(todo)
        self._db.commit()
        self._db.refresh(todo)
        return todo

    def update(self, todo: Todo, changes: TodoUpdate) -> Todo:
        for field, value in changes.model_dump(exclude_unset=True).items():
            setattr(todo, field, value)
        self._db.commit()
        self._db.refresh(todo)
        return todo

    def delete(self, todo: Todo) -> None:
        self._db.delete(todo)
        self._db.commit()
