"""All DB access lives here so every call gets retries + a metric label."""
from collections.abc import Sequence

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.models import Todo, User
from app.resilience import with_retries


@with_retries("get_user")
async def get_user(session: AsyncSession, user_id: int) -> User | None:
    return await session.get(User, user_id)


@with_retries("get_user_by_name")
async def get_user_by_name(session: AsyncSession, username: str) -> User | None:
    result = await session.execute(select(User).where(User.username == username))
    return result.scalar_one_or_none()


@with_retries("create_user")
async def create_user(session: AsyncSession, username: str, password_hash: str) -> User:
    user = User(username=username, password_hash=password_hash)
    session.add(user)
    await session.commit()
    await session.refresh(user)
    return user


@with_retries("list_todos")
async def list_todos(session: AsyncSession, owner_id: int, limit: int, offset: int) -> Sequence[Todo]:
    result = await session.execute(
        select(Todo).where(Todo.owner_id == owner_id).order_by(Todo.id).limit(limit).offset(offset)
    )
    return result.scalars().all()


@with_retries("get_todo")
async def get_todo(session: AsyncSession, todo_id: int) -> Todo | None:
    return await session.get(Todo, todo_id)


@with_retries("create_todo")
async def create_todo(session: AsyncSession, todo: Todo) -> Todo:
    session.add(todo)
    await session.commit()
    await session.refresh(todo)
    return todo


@with_retries("save_todo")
async def save_todo(session: AsyncSession, todo: Todo) -> Todo:
    await session.commit()
    await session.refresh(todo)
    return todo


@with_retries("delete_todo")
async def delete_todo(session: AsyncSession, todo: Todo) -> None:
    await session.delete(todo)
    await session.commit()


@with_retries("count_rows")
async def count_rows(session: AsyncSession) -> tuple[int, int]:
    todos = await session.scalar(select(func.count()).select_from(Todo))
    users = await session.scalar(select(func.count()).select_from(User))
    return int(todos or 0), int(users or 0)
