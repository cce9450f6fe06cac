from __future__ import annotations

from sqlalchemy import delete, func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from todo_api.application.exceptions import ConflictException
from todo_api.application.interfaces import ITodoRepository, IUnitOfWork, IUserRepository
from todo_api.domain.models import Todo, User
from todo_api.infrastructure.persistence.entities import TodoEntity, UserEntity, utc_now


def _to_user(entity: UserEntity) -> User:
    return User(
        id=entity.id,
        username=entity.username,
        password_hash=entity.password_hash,
        created_at=entity.created_at,
    )


def _to_todo(entity: TodoEntity) -> Todo:
    return Todo(
        id=entity.id,
        owner_id=entity.owner_id,
        title=entity.title,
        description=entity.description,
        is_done=entity.is_done,
        created_at=entity.created_at,
        updated_at=entity.updated_at,
    )


class SqlAlchemyUserRepository(IUserRepository):
    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def get_by_id_async(self, user_id: int) -> User | None:
        entity = await self._session.get(UserEntity, user_id)
        return _to_user(entity) if entity is not None else None

    async def get_by_username_async(self, username: str) -> User | None:
        result = await self._session.execute(
            select(UserEntity).where(UserEntity.username == username)
        )
        entity = result.scalar_one_or_none()
        return _to_user(entity) if entity is not None else None

    async def add_async(self, username: str, password_hash: str) -> User:
        entity = UserEntity(username=username, password_hash=password_hash)
        self._session.add(entity)
        try:
            await self._session.flush()
        except IntegrityError as exc:
            await self._session.rollback()
            raise ConflictException(f"Username '{username}' is already taken.") from exc
        return _to_user(entity)


class SqlAlchemyTodoRepository(ITodoRepository):
    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def _get_entity_async(self, todo_id: int, owner_id: int) -> TodoEntity | None:
        result = await self._session.execute(
            select(TodoEntity).where(TodoEntity.id == todo_id, TodoEntity.owner_id == owner_id)
        )
        return result.scalar_one_or_none()

    async def get_by_id_async(self, todo_id: int, owner_id: int) -> Todo | None:
        entity = await self._get_entity_async(todo_id, owner_id)
        return _to_todo(entity) if entity is not None else None

    async def list_async(self, owner_id: int, limit: int, offset: int) -> list[Todo]:
        result = await self._session.execute(
            select(TodoEntity)
            .where(TodoEntity.owner_id == owner_id)
            .order_by(TodoEntity.id)
            .limit(limit)
            .offset(offset)
        )
        return [_to_todo(entity) for entity in result.scalars().all()]

    async def count_async(self, owner_id: int) -> int:
        result = await self._session.execute(
            select(func.count()).select_from(TodoEntity).where(TodoEntity.owner_id == owner_id)
        )
        return int(result.scalar_one())

    async def add_async(
        self, owner_id: int, title: str, description: str | None, is_done: bool
    ) -> Todo:
        entity = TodoEntity(
            owner_id=owner_id, title=title, description=description, is_done=is_done
        )
        self._session.add(entity)
        await self._session.flush()
        return _to_todo(entity)

    async def update_async(self, todo: Todo) -> Todo | None:
        entity = await self._get_entity_async(todo.id, todo.owner_id)
        if entity is None:
            return None
        entity.title = todo.title
        entity.description = todo.description
        entity.is_done = todo.is_done
        entity.updated_at = utc_now()
        await self._session.flush()
        return _to_todo(entity)

    async def delete_async(self, todo_id: int, owner_id: int) -> bool:
        result = await self._session.execute(
            delete(TodoEntity).where(TodoEntity.id == todo_id, TodoEntity.owner_id == owner_id)
        )
        return (result.rowcount or 0) > 0


class SqlAlchemyUnitOfWork(IUnitOfWork):
    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def commit_async(self) -> None:
        await self._session.commit()

    async def rollback_async(self) -> None:
        await self._session.rollback()
