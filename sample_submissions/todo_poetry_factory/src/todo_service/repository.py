from __future__ import annotations

from todo_service.models import Todo, TodoCreate, TodoUpdate


class TodoRepository:
    """Keeps todos in memory. One instance per app, created by the factory."""

    def __init__(self) -> None:
        self._items: dict[int, Todo] = {}
        self._last_id = 0

    def all(self) -> list[Todo]:
        return list(self._items.values())

    def get(self, todo_id: int) -> Todo | None:
        return self._items.get(todo_id)

    def add(self, data: TodoCreate) -> Todo:
        self._last_id += 1
        todo = Todo(id=self._last_id, **data.model_dump())
        self._items[todo.id] = todo
        return todo

    def update(self, todo_id: int, data: TodoUpdate) -> Todo | None:
        current = self._items.get(todo_id)
        if current is None:
            return None
        changes = data.model_dump(exclude_unset=True, exclude_none=True)
        updated = current.model_copy(update=changes)
        self._items[todo_id] = updated
        return updated

    def remove(self, todo_id: int) -> bool:
        return self._items.pop(todo_id, None) is not None
