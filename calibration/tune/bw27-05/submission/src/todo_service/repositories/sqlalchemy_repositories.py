"""SQLAlchemy implementations of the repository interfaces."""
from sqlalchemy import select
from sqlalchemy.orm import Session

from todo_service.domain.models import TodoEntity, UserEntity
from todo_service.repositories.base import AbstractRepository


class UserRepository(AbstractRepository[UserEntity]):
    def __init__(self, session: Session) -> None:
        self._session = session

    def add(self, entity: UserEntity) -> UserEntity:
        self._session.add(entity)
        self._session.commit()
        self._session.refresh(entity)
        return entity

    def get_by_id(self, entity_id: int) -> UserEntity | None:
        return self._session.get(UserEntity, entity_id)

    def get_by_username(self, username: str) -> UserEntity | None:
        return self._session.scalar(select(UserEntity).where(UserEntity.username == username))

    def delete(self, entity: UserEntity) -> None:
        self._session.delete(entity)
        self._session.commit()


class TodoRepository(AbstractRepository[TodoEntity]):
    def __init__(self, session: Session) -> None:
        self._session = session

    def add(self, entity: TodoEntity) -> TodoEntity:
        self._session.add(entity)
        self._session.commit()
        self._session.refresh(entity)
        return entity

    def get_by_id(self, entity_id: int) -> TodoEntity | None:
        return self._session.get(TodoEntity, entity_id)

    def list_for_owner(self, owner_id: int) -> list[TodoEntity]:
        stmt = select(TodoEntity).where(TodoEntity.owner_id == owner_id).order_by(TodoEntity.id)
        return list(self._session.scalars(stmt).all())

    def save(self, entity: TodoEntity) -> TodoEntity:
        self._session.commit()
        self._session.refresh(entity)
        return entity

    def delete(self, entity: TodoEntity) -> None:
        self._session.delete(entity)
        self._session.commit()
