"""In-memory storage. No method awaits, so each call is atomic on the event loop."""

from __future__ import annotations

from datetime import datetime, timezone

from app.models import Todo, TodoIn, TodoPatch


class TodoStore:
    def __init__(self) -> None:
        self._items: dict[int, Todo] = {}
        self._last_id = 0

    def clear(self) -> None:
        self._items.clear()
        self._last_id = 0

    def page(self, limit: int, offset: int) -> tuple[list[Todo], int]:
        items = list(self._items.values())
        return items[offset : offset + limit], len(items)

    def get(self, todo_id: int) -> Todo | None:
        return self._items.get(todo_id)

    def add(self, data: TodoIn) -> Todo:
        self._last_id += 1
        todo = Todo(id=self._last_id, created_at=datetime.now(timezone.utc), **data.model_dump())
        self._items[todo.id] = todo
        return todo

    def update(self, todo_id: int, data: TodoPatch) -> Todo | None:
        todo = self._items.get(todo_id)
        if todo is None:
            return None
        updated = todo.model_copy(update=data.model_dump(exclude_none=True))
        self._items[todo_id] = updated
        return updated

    def remove(self, todo_id: int) -> bool:
        return self._items.pop(todo_id, None) is not None


store = TodoStore()
