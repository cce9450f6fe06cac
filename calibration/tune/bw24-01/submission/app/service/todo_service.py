from sqlalchemy.orm import Session

from app.dto.todo_dto import (
    TodoCreateRequestDto,
    TodoPageResponseDto,
    TodoResponseDto,
    TodoUpdateRequestDto,
)
from app.entity.todo_entity import TodoEntity
from app.exception.exceptions import ResourceNotFoundException
from app.repository.todo_repository import TodoRepository


class TodoService:
    def __init__(self, db: Session):
        self.todo_repository = TodoRepository(db)

    def create_todo(self, owner_id: int, request: TodoCreateRequestDto) -> TodoResponseDto:
        todo = TodoEntity(
            title=request.title,
            description=request.description,
            done=request.done,
            owner_id=owner_id,
        )
        return TodoResponseDto.model_validate(self.todo_repository.save(todo))

    def get_todos(self, owner_id: int, limit: int, offset: int) -> TodoPageResponseDto:
        todos = self.todo_repository.find_all_by_owner_id(owner_id, limit, offset)
        total = self.todo_repository.count_by_owner_id(owner_id)
        return TodoPageResponseDto(
            items=[TodoResponseDto.model_validate(t) for t in todos],
            total=total,
            limit=limit,
            offset=offset,
        )

    def get_todo(self, owner_id: int, todo_id: int) -> TodoResponseDto:
        return TodoResponseDto.model_validate(self._find_or_throw(owner_id, todo_id))

    def update_todo(self, owner_id: int, todo_id: int, request: TodoUpdateRequestDto) -> TodoResponseDto:
        todo = self._find_or_throw(owner_id, todo_id)
        for field, value in request.model_dump(exclude_unset=True).items():
            setattr(todo, field, value)
        return TodoResponseDto.model_validate(self.todo_repository.save(todo))

    def delete_todo(self, owner_id: int, todo_id: int) -> None:
        todo = self._find_or_throw(owner_id, todo_id)
        self.todo_repository.delete(todo)

    def _find_or_throw(self, owner_id: int, todo_id: int) -> TodoEntity:
        todo = self.todo_repository.find_by_id_and_owner_id(todo_id, owner_id)
        if todo is None:
            raise ResourceNotFoundException("Todo", todo_id)
        return todo
