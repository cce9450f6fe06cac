"""Business logic for todos."""
from todo_service.core.exceptions import EntityNotFoundError
from todo_service.domain.models import TodoEntity
from todo_service.domain.schemas import PaginatedTodosDTO, TodoCreateDTO, TodoReadDTO, TodoUpdateDTO
from todo_service.repositories.sqlalchemy_repositories import TodoRepository


class TodoService:
    def __init__(self, repository: TodoRepository) -> None:
        self._repository = repository

    def create(self, owner_id: int, dto: TodoCreateDTO) -> TodoEntity:
        return self._repository.add(TodoEntity(owner_id=owner_id, **dto.model_dump()))

    def get(self, owner_id: int, todo_id: int) -> TodoEntity:
        todo = self._repository.get_by_id(todo_id)
        if todo is None or todo.owner_id != owner_id:
            raise EntityNotFoundError("Todo", todo_id)
        return todo

    def list(self, owner_id: int, limit: int, offset: int) -> PaginatedTodosDTO:
        all_todos = self._repository.list_for_owner(owner_id)
        page = all_todos[offset : offset + limit]
        return PaginatedTodosDTO(
            items=[TodoReadDTO.model_validate(t) for t in page],
            total=len(all_todos),
            limit=limit,
            offset=offset,
        )

    def update(self, owner_id: int, todo_id: int, dto: TodoUpdateDTO) -> TodoEntity:
        todo = self.get(owner_id, todo_id)
        for key, value in dto.model_dump(exclude_unset=True, exclude_none=True).items():
            setattr(todo, key, value)
        return self._repository.save(todo)

    def delete(self, owner_id: int, todo_id: int) -> None:
        self._repository.delete(self.get(owner_id, todo_id))
