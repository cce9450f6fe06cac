import threading
import uuid
from datetime import datetime, timezone

from Models.Todo import CreateTodoRequest, Todo, UpdateTodoRequest
from Utils.Errors import TodoNotFoundError


class TodoService:
    """In-memory todo storage. Would be Core Data / a real DB in production."""

    def __init__(self) -> None:
        self.todos: dict[str, Todo] = {}
        self.lock = threading.Lock()

    def getTodos(self, userId: str, limit: int, offset: int) -> tuple[list[Todo], int]:
        userTodos = [todo for todo in self.todos.values() if todo.ownerId == userId]
        userTodos.sort(key=lambda todo: todo.createdAt, reverse=True)
        return userTodos[offset : offset + limit], len(userTodos)

    def getTodo(self, todoId: str, userId: str) -> Todo:
        todo = self.todos.get(todoId)
        if todo is None or todo.ownerId != userId:
            raise TodoNotFoundError()
        return todo

    def createTodo(self, userId: str, request: CreateTodoRequest) -> Todo:
        now = datetime.now(timezone.utc)
        todo = Todo(
            id=str(uuid.uuid4()),
            ownerId=userId,
            title=request.title,
            description=request.description,
            isCompleted=request.isCompleted,
            createdAt=now,
            updatedAt=now,
        )
        with self.lock:
            self.todos[todo.id] = todo
        return todo

    def updateTodo(self, todoId: str, request: UpdateTodoRequest) -> Todo:
        with self.lock:
            todo = self.todos[todoId]
            if request.title is not None:
                todo.title = request.title
            if request.description is not None:
                todo.description = request.description
            if request.isCompleted is not None:
                todo.isCompleted = request.isCompleted
            todo.updatedAt = datetime.now(timezone.utc)
            return todo

    def deleteTodo(self, todoId: str) -> None:
        with self.lock:
            if todoId not in self.todos:
                raise TodoNotFoundError()
            del self.todos[todoId]


TodoService.shared = TodoService()
