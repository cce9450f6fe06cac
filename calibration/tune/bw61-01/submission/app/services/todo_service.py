from app.http.requests import StoreTodoRequest, UpdateTodoRequest
from app.models import Todo, User
from app.repositories.todo_repository import TodoRepository


class TodoNotFound(Exception):
    """Raised like Laravel's ModelNotFoundException; rendered as 404 in main.py."""


class TodoService:
    def __init__(self, todos: TodoRepository) -> None:
        self.todos = todos

    async def paginate(self, user: User, limit: int, offset: int) -> tuple[list[Todo], int]:
        return await self.todos.paginate_for_user(user.id, limit, offset)

    async def find_or_fail(self, user: User, todo_id: int) -> Todo:
        # scoped to the user, so someone else's todo is simply "not found"
        todo = await self.todos.find_for_user(todo_id, user.id)
        if todo is None:
            raise TodoNotFound(todo_id)
        return todo

    async def create(self, user: User, payload: StoreTodoRequest) -> Todo:
        return await self.todos.create(user.id, payload.model_dump())

    async def update(self, user: User, todo_id: int, payload: UpdateTodoRequest) -> Todo:
        todo = await self.find_or_fail(user, todo_id)
        return await self.todos.update(todo, payload.model_dump(exclude_unset=True))

    async def delete(self, user: User, todo_id: int) -> None:
        todo = await self.find_or_fail(user, todo_id)
        await self.todos.delete(todo)
