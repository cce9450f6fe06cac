import math

from fastapi import HTTPException, status
from sqlalchemy.orm import Session

from app.models import Todo, User
from app.repositories.todo_repository import TodoRepository
from app.schemas import TodoCreate, TodoOut, TodoPage, TodoUpdate


class TodoService:
    def __init__(self, db: Session) -> None:
        self.todos = TodoRepository(db)

    def list(self, user: User, limit: int, offset: int) -> TodoPage:
        items, total = self.todos.paginate(user.id, limit, offset)
        return TodoPage(
            data=[TodoOut.model_validate(item) for item in items],
            total=total,
            per_page=limit,
            current_page=offset // limit + 1,
            last_page=max(1, math.ceil(total / limit)),
        )

    def find_or_fail(self, user: User, todo_id: int) -> Todo:
        todo = self.todos.find_for_user(todo_id, user.id)
        if todo is None:
            # abort(404) - also for todos of other users, we don't leak that they exist
            raise HTTPException(status_code=status.HTTP_404_NOT_FOUND, detail="Todo not found")
        return todo

    def create(self, user: User, data: TodoCreate) -> Todo:
        return self.todos.create(user.id, data.title, data.description, data.done)

    def update(self, user: User, todo_id: int, data: TodoUpdate) -> Todo:
        todo = self.find_or_fail(user, todo_id)
        todo.title = data.title
        todo.description = data.description
        todo.done = data.done
        return self.todos.save(todo)

    def delete(self, user: User, todo_id: int) -> None:
        todo = self.find_or_fail(user, todo_id)
        self.todos.delete(todo)
