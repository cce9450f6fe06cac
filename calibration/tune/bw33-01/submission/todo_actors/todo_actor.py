"""TodoActor owns every todo. One message at a time, so no locks are needed."""
from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timezone
from itertools import count
from typing import Any

from .actor import Actor
from .messages import (
    CreateTodo,
    DeleteTodo,
    Deleted,
    GetTodo,
    ListTodos,
    NotFound,
    Todo,
    TodoPage,
    UpdateTodo,
)

_UPDATABLE = frozenset({"title", "description", "done"})


def _now() -> datetime:
    return datetime.now(timezone.utc)


class TodoActor(Actor):
    def __init__(self) -> None:
        super().__init__("todos")
        self._ids = count(1)
        self._todos: dict[int, Todo] = {}
        # owner -> ids in insertion order (dict used as an ordered set)
        self._by_owner: dict[int, dict[int, None]] = {}

    def _owned(self, owner_id: int, todo_id: int) -> Todo | None:
        todo = self._todos.get(todo_id)
        if todo is None or todo.owner_id != owner_id:
            return None
        return todo

    async def receive(self, message: Any) -> Any:
        match message:
            case CreateTodo(owner_id=owner_id, title=title, description=description, done=done):
                ts = _now()
                todo = Todo(
                    id=next(self._ids),
                    owner_id=owner_id,
                    title=title,
                    description=description,
                    done=done,
                    created_at=ts,
                    updated_at=ts,
                )
                self._todos[todo.id] = todo
                self._by_owner.setdefault(owner_id, {})[todo.id] = None
                return todo

            case GetTodo(owner_id=owner_id, todo_id=todo_id):
                return self._owned(owner_id, todo_id) or NotFound(todo_id)

            case ListTodos(owner_id=owner_id, limit=limit, offset=offset):
                ids = list(self._by_owner.get(owner_id, {}))
                page = tuple(self._todos[i] for i in ids[offset : offset + limit])
                return TodoPage(items=page, total=len(ids), limit=limit, offset=offset)

            case UpdateTodo(owner_id=owner_id, todo_id=todo_id, changes=changes):
                todo = self._owned(owner_id, todo_id)
                if todo is None:
                    return NotFound(todo_id)
                patch = {k: v for k, v in changes.items() if k in _UPDATABLE}
                updated = replace(todo, **patch, updated_at=_now())
                self._todos[todo_id] = updated
                return updated

            case DeleteTodo(owner_id=owner_id, todo_id=todo_id):
                if self._owned(owner_id, todo_id) is None:
                    return NotFound(todo_id)
                del self._todos[todo_id]
                del self._by_owner[owner_id][todo_id]
                return Deleted(todo_id)

            case _:
                raise TypeError(f"TodoActor cannot handle {message!r}")
