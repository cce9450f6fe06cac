from app.domain.entities import TodoEntity
from app.domain.ports import TodoRepository
from app.domain.schemas import TodoIn, TodoPatch
from app.services.exceptions import NotFound


class TodoService:
    def __init__(self, todos: TodoRepository) -> None:
        self._todos = todos

    async def list(self, owner_id: int, limit: int, offset: int) -> list[TodoEntity]:
        return await self._todos.list(owner_id, limit, offset)

    async def get(self, owner_id: int, todo_id: int) -> TodoEntity:
        todo = await self._todos.get(owner_id, todo_id)
        if todo is None:
            raise NotFound("todo not found")
        return todo

    async def create(self, owner_id: int, data: TodoIn) -> TodoEntity:
        return await self._todos.create(owner_id, data.title, data.description, data.done)

    async def patch(self, owner_id: int, todo_id: int, data: TodoPatch) -> TodoEntity:
        todo = await self.get(owner_id, todo_id)
        for field, value in data.model_dump(exclude_unset=True, exclude_none=True).items():
            setattr(todo, field, value)
        return await self._todos.update(todo)

    async def delete(self, owner_id: int, todo_id: int) -> None:
        if not await self._todos.delete(owner_id, todo_id):
            raise NotFound("todo not found")
