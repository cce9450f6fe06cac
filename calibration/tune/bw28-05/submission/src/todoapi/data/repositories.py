from collections.abc import Mapping
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from todoapi.data.entities import TodoEntity, UserEntity
from todoapi.domain.errors import UsernameTaken


class UserRepository:
    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def find_by_id(self, user_id: int) -> UserEntity | None:
        return await self._session.get(UserEntity, user_id)

    async def find_by_username(self, username: str) -> UserEntity | None:
        result = await self._session.execute(
            select(UserEntity).where(UserEntity.username == username)
        )
        return result.scalar_one_or_none()

    async def create(self, username: str, password_hash: str) -> UserEntity:
        user = UserEntity(username=username, password_hash=password_hash)
        self._session.add(user)
        try:
            await self._session.commit()
        except IntegrityError as exc:
            # Unique index on username: two sign-ups racing for the same name end up here.
            await self._session.rollback()
            raise UsernameTaken(username) from exc
        return user


class TodoRepository:
    """All queries are scoped by owner, so a todo of another user is simply 'not found'."""

    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def page_for_owner(
        self, owner_id: int, *, limit: int, offset: int
    ) -> tuple[list[TodoEntity], int]:
        items_query = (
            select(TodoEntity)
            .where(TodoEntity.owner_id == owner_id)
            .order_by(TodoEntity.id)
            .limit(limit)
            .offset(offset)
        )
        count_query = (
            select(func.count()).select_from(TodoEntity).where(TodoEntity.owner_id == owner_id)
        )
        items = list((await self._session.scalars(items_query)).all())
        total = (await self._session.execute(count_query)).scalar_one()
        return items, total

    async def find_for_owner(self, owner_id: int, todo_id: int) -> TodoEntity | None:
        result = await self._session.execute(
            select(TodoEntity).where(TodoEntity.id == todo_id, TodoEntity.owner_id == owner_id)
        )
        return result.scalar_one_or_none()

    async def create(
        self, owner_id: int, *, title: str, description: str | None, done: bool
    ) -> TodoEntity:
        todo = TodoEntity(owner_id=owner_id, title=title, description=description, done=done)
        self._session.add(todo)
        await self._session.commit()
        await self._session.refresh(todo)
        return todo

    async def update(self, todo: TodoEntity, changes: Mapping[str, Any]) -> TodoEntity:
        for field, value in changes.items():
            setattr(todo, field, value)
        await self._session.commit()
        await self._session.refresh(todo)
        return todo

    async def delete(self, todo: TodoEntity) -> None:
        await self._session.delete(todo)
        await self._session.commit()
