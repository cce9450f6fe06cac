from __future__ import annotations

from todo_api.application.dtos import (
    CreateTodoRequest,
    PagedResponse,
    TodoResponse,
    UpdateTodoRequest,
)
from todo_api.application.exceptions import NotFoundException
from todo_api.application.interfaces import ITodoRepository, IUnitOfWork
from todo_api.domain.models import User


class TodoService:
    def __init__(self, todos: ITodoRepository, unit_of_work: IUnitOfWork) -> None:
        self._todos = todos
        self._unit_of_work = unit_of_work

    async def create_async(self, owner: User, request: CreateTodoRequest) -> TodoResponse:
        todo = await self._todos.add_async(
            owner_id=owner.id,
            title=request.title,
            description=request.description,
            is_done=request.done,
        )
        await self._unit_of_work.commit_async()
        return TodoResponse.from_domain(todo)

    async def get_async(self, owner: User, todo_id: int) -> TodoResponse:
        todo = await self._todos.get_by_id_async(todo_id, owner.id)
        if todo is None:
            raise NotFoundException(f"Todo {todo_id} was not found.")
        return TodoResponse.from_domain(todo)

    async def list_async(
        self, owner: User, limit: int, offset: int
    ) -> PagedResponse[TodoResponse]:
        todos = await self._todos.list_async(owner.id, limit=limit, offset=offset)
        total = await self._todos.count_async(owner.id)
        return PagedResponse[TodoResponse](
            items=[TodoResponse.from_domain(todo) for todo in todos],
            total=total,
            limit=limit,
            offset=offset,
        )

    async def update_async(
        self, owner: User, todo_id: int, request: UpdateTodoRequest
    ) -> TodoResponse:
        todo = await self._todos.get_by_id_async(todo_id, owner.id)
        if todo is None:
            raise NotFoundException(f"Todo {todo_id} was not found.")

        changes = request.model_dump(exclude_unset=True)
        if "title" in changes:
            todo.title = changes["title"]
        if "description" in changes:
            todo.description = changes["description"]
        if "done" in changes:
            todo.is_done = changes["done"]

        updated = await self._todos.update_async(todo)
        if updated is None:
            raise NotFoundException(f"Todo {todo_id} was not found.")
        await self._unit_of_work.commit_async()
        return TodoResponse.from_domain(updated)

    async def delete_async(self, owner: User, todo_id: int) -> None:
        deleted = await self._todos.delete_async(todo_id, owner.id)
        if not deleted:
            raise NotFoundException(f"Todo {todo_id} was not found.")
        await self._unit_of_work.commit_async()
