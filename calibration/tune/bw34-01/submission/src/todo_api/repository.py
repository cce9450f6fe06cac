"""Data access. Expected failures are returned as `Err(...)`, never raised."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from .errors import InvalidCredentials, TodoNotFound, UsernameTaken
from .models import Todo, User
from .result import Err, Ok, Result
from .schemas import TodoCreate, TodoUpdate
from .security import hash_password, verify_password


class UserRepository:
    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def get(self, user_id: int) -> User | None:
        return await self._session.get(User, user_id)

    async def create(self, username: str, password: str) -> Result[User, UsernameTaken]:
        user = User(username=username, password_hash=await hash_password(password))
        self._session.add(user)
        try:
            await self._session.commit()
        except IntegrityError:
            await self._session.rollback()
            return Err(UsernameTaken(username))
        return Ok(user)

    async def authenticate(self, username: str, password: str) -> Result[User, InvalidCredentials]:
        user = await self._session.scalar(select(User).where(User.username == username))
        ok = await verify_password(user.password_hash if user else None, password)
        if user is None or not ok:
            return Err(InvalidCredentials())
        return Ok(user)


class TodoRepository:
    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def create(self, owner_id: int, data: TodoCreate) -> Todo:
        todo = Todo(owner_id=owner_id, **data.model_dump())
        self._session.add(todo)
        await self._session.commit()
        await self._session.refresh(todo)
        return todo

    async def list(self, owner_id: int, *, limit: int, offset: int) -> tuple[Sequence[Todo], int]:
        total = await self._session.scalar(
            select(func.count()).select_from(Todo).where(Todo.owner_id == owner_id)
        )
        rows = await self._session.scalars(
            select(Todo)
            .where(Todo.owner_id == owner_id)
            .order_by(Todo.id)
            .limit(limit)
            .offset(offset)
        )
        return rows.all(), total or 0

    async def get(self, owner_id: int, todo_id: int) -> Result[Todo, TodoNotFound]:
        # Filtering on owner_id in the query itself: someone else's todo is simply "not found".
        todo = await self._session.scalar(
            select(Todo).where(Todo.id == todo_id, Todo.owner_id == owner_id)
        )
        if todo is None:
            return Err(TodoNotFound(todo_id))
        return Ok(todo)

    async def update(
        self, owner_id: int, todo_id: int, patch: TodoUpdate
    ) -> Result[Todo, TodoNotFound]:
        match await self.get(owner_id, todo_id):
            case Err() as err:
                return err
            case Ok(todo):
                for field, value in patch.changes().items():
                    setattr(todo, field, value)
                await self._session.commit()
                await self._session.refresh(todo)
                return Ok(todo)

    async def delete(self, owner_id: int, todo_id: int) -> Result[None, TodoNotFound]:
        match await self.get(owner_id, todo_id):
            case Err() as err:
                return err
            case Ok(todo):
                await self._session.delete(todo)
                await self._session.commit()
                return Ok(None)
