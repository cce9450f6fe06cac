from dataclasses import replace
from typing import Any

from app.platform.errors import NotFound
from app.platform.events import EventBus
from app.services.todos.domain import Todo, TodoCompleted, TodoCreated, TodoDeleted, TodoPage, TodoView
from app.services.todos.ports import IdentityGateway, TodoRepository

_MUTABLE_FIELDS = frozenset({"title", "description", "done"})


class TodoService:
    def __init__(self, todos: TodoRepository, identity: IdentityGateway, bus: EventBus) -> None:
        self._todos = todos
        self._identity = identity
        self._bus = bus

    async def create(self, owner_id: int, title: str, description: str | None) -> TodoView:
        todo = await self._todos.add(owner_id, title, description)
        await self._bus.publish(TodoCreated(todo_id=todo.id, owner_id=owner_id))
        return await self._view(todo)

    async def get(self, owner_id: int, todo_id: int) -> TodoView:
        return await self._view(await self._owned(owner_id, todo_id))

    async def list(self, owner_id: int, limit: int, offset: int) -> TodoPage:
        todos = await self._todos.list(owner_id, limit, offset)
        total = await self._todos.count(owner_id)
        items = [await self._view(todo) for todo in todos]
        return TodoPage(items=items, total=total, limit=limit, offset=offset)

    async def update(self, owner_id: int, todo_id: int, changes: dict[str, Any]) -> TodoView:
        current = await self._owned(owner_id, todo_id)
        accepted = {k: v for k, v in changes.items() if k in _MUTABLE_FIELDS}
        updated = await self._todos.save(replace(current, **accepted))
        if updated.done and not current.done:
            await self._bus.publish(TodoCompleted(todo_id=todo_id, owner_id=owner_id))
        return await self._view(updated)

    async def delete(self, owner_id: int, todo_id: int) -> None:
        if not await self._todos.delete(owner_id, todo_id):
            raise NotFound(f"todo {todo_id} not found")
        await self._bus.publish(TodoDeleted(todo_id=todo_id, owner_id=owner_id))

    async def _owned(self, owner_id: int, todo_id: int) -> Todo:
        todo = await self._todos.get(owner_id, todo_id)
        if todo is None:
            raise NotFound(f"todo {todo_id} not found")
        return todo

    async def _view(self, todo: Todo) -> TodoView:
        owner = await self._identity.get_owner(todo.owner_id)
        return TodoView(todo=todo, owner_username=owner.username if owner else "<unknown>")
