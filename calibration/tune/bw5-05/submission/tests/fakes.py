from dataclasses import replace

from app.domain.entities import TodoEntity


class InMemoryTodoRepository:
    def __init__(self) -> None:
        self.items: dict[int, TodoEntity] = {}
        self._seq = 0

    async def list(self, owner_id: int, limit: int, offset: int) -> list[TodoEntity]:
        mine = [t for t in self.items.values() if t.owner_id == owner_id]
        return mine[offset : offset + limit]

    async def get(self, owner_id: int, todo_id: int) -> TodoEntity | None:
        todo = self.items.get(todo_id)
        return replace(todo) if todo and todo.owner_id == owner_id else None

    async def create(
        self, owner_id: int, title: str, description: str | None, done: bool
    ) -> TodoEntity:
        self._seq += 1
        self.items[self._seq] = TodoEntity(self._seq, owner_id, title, description, done)
        return self.items[self._seq]

    async def update(self, entity: TodoEntity) -> TodoEntity:
        self.items[entity.id] = entity
        return entity

    async def delete(self, owner_id: int, todo_id: int) -> bool:
        return self.items.pop(todo_id, None) is not None
