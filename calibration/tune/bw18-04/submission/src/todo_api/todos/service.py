from typing import Annotated

from fastapi import Depends

from todo_api.common.exceptions import NotFoundError
from todo_api.common.pagination import Page, PageParams
from todo_api.todos.dto import CreateTodoDto, TodoResponse, UpdateTodoDto
from todo_api.todos.entities import Todo
from todo_api.todos.repository import TodosRepositoryDep
from todo_api.users.entities import User


class TodosService:
    def __init__(self, todos: TodosRepositoryDep) -> None:
        self._todos = todos

    async def list(self, owner: User, page: PageParams) -> Page[TodoResponse]:
        items, total = await self._todos.find_for_owner(owner.id, page.limit, page.offset)
        return Page[TodoResponse](
            items=[TodoResponse.model_validate(t) for t in items],
            total=total,
            limit=page.limit,
            offset=page.offset,
        )

    async def get(self, owner: User, todo_id: int) -> Todo:
        todo = await self._todos.find_one(todo_id, owner.id)
        if todo is None:
            raise NotFoundError(f"Todo {todo_id} not found")
        return todo

    async def create(self, owner: User, dto: CreateTodoDto) -> Todo:
        return await self._todos.create(owner.id, **dto.model_dump())

    async def update(self, owner: User, todo_id: int, dto: UpdateTodoDto) -> Todo:
        todo = await self.get(owner, todo_id)
        return await self._todos.update(todo, dto.model_dump(exclude_unset=True))

    async def remove(self, owner: User, todo_id: int) -> None:
        todo = await self.get(owner, todo_id)
        await self._todos.delete(todo)


TodosServiceDep = Annotated[TodosService, Depends(TodosService)]
