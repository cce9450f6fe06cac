from collections.abc import Sequence

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from apps.accounts.models import User
from apps.todos.models import Todo
from apps.todos.schemas import TodoCreate, TodoUpdate


class TodoManager:
    """``Todo.objects``, but always scoped to one owner so that a view cannot forget the filter."""

    def __init__(self, session: Session, owner: User) -> None:
        self.session = session
        self.owner = owner

    def _queryset(self) -> Select[tuple[Todo]]:
        return select(Todo).where(Todo.owner_id == self.owner.id)

    def count(self) -> int:
        stmt = select(func.count()).select_from(Todo).where(Todo.owner_id == self.owner.id)
        return self.session.scalar(stmt) or 0

    def page(self, *, limit: int, offset: int) -> Sequence[Todo]:
        stmt = self._queryset().order_by(Todo.id).limit(limit).offset(offset)
        return self.session.scalars(stmt).all()

    def get(self, todo_id: int) -> Todo | None:
        return self.session.scalar(self._queryset().where(Todo.id == todo_id))

    def create(self, data: TodoCreate) -> Todo:
        todo = Todo(owner_id=self.owner.id, **data.model_dump())
        self.session.add(todo)
        self.session.commit()
        self.session.refresh(todo)
        return todo

    def update(self, todo: Todo, data: TodoUpdate) -> Todo:
        for field, value in data.model_dump(exclude_unset=True).items():
            setattr(todo, field, value)
        self.session.commit()
        self.session.refresh(todo)
        return todo

    def delete(self, todo: Todo) -> None:
        self.session.delete(todo)
        self.session.commit()
