"""Unit tests for the todo service against in-memory fakes of its ports."""
from dataclasses import replace
from datetime import datetime, timezone

import pytest

from app.platform.errors import NotFound
from app.platform.events import Event, EventBus
from app.services.todos.domain import Todo, TodoCompleted
from app.services.todos.ports import OwnerRef
from app.services.todos.service import TodoService


class FakeTodos:
    def __init__(self) -> None:
        self.rows: dict[int, Todo] = {}

    async def add(self, owner_id: int, title: str, description: str | None) -> Todo:
        now = datetime.now(timezone.utc)
        todo = Todo(len(self.rows) + 1, owner_id, title, description, False, now, now)
        self.rows[todo.id] = todo
        return todo

    async def get(self, owner_id: int, todo_id: int) -> Todo | None:
        todo = self.rows.get(todo_id)
        return todo if todo and todo.owner_id == owner_id else None

    async def list(self, owner_id: int, limit: int, offset: int) -> list[Todo]:
        mine = [t for t in self.rows.values() if t.owner_id == owner_id]
        return mine[offset : offset + limit]

    async def count(self, owner_id: int) -> int:
        return sum(1 for t in self.rows.values() if t.owner_id == owner_id)

    async def save(self, todo: Todo) -> Todo:
        self.rows[todo.id] = replace(todo)
        return todo

    async def delete(self, owner_id: int, todo_id: int) -> bool:
        return self.rows.pop(todo_id, None) is not None if await self.get(owner_id, todo_id) else False


class FakeIdentity:
    async def get_owner(self, user_id: int) -> OwnerRef | None:
        return OwnerRef(id=user_id, username=f"user{user_id}")


@pytest.fixture
def published() -> list[Event]:
    return []


@pytest.fixture
def service(published: list[Event]) -> TodoService:
    bus = EventBus()

    async def record(event: Event) -> None:
        published.append(event)

    bus.subscribe(TodoCompleted, record)
    return TodoService(FakeTodos(), FakeIdentity(), bus)


@pytest.mark.anyio
async def test_completing_publishes_event_once(service: TodoService, published: list[Event]) -> None:
    view = await service.create(1, "t", None)
    await service.update(1, view.todo.id, {"done": True})
    await service.update(1, view.todo.id, {"done": True})
    assert published == [TodoCompleted(todo_id=view.todo.id, owner_id=1)]


@pytest.mark.anyio
async def test_update_ignores_unknown_fields(service: TodoService) -> None:
    view = await service.create(1, "t", None)
    updated = await service.update(1, view.todo.id, {"owner_id": 2, "title": "new"})
    assert updated.todo.owner_id == 1
    assert updated.todo.title == "new"


@pytest.mark.anyio
async def test_other_owner_cannot_touch(service: TodoService) -> None:
    view = await service.create(1, "t", None)
    with pytest.raises(NotFound):
        await service.get(2, view.todo.id)
    with pytest.raises(NotFound):
        await service.delete(2, view.todo.id)
