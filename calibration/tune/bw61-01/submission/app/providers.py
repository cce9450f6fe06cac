"""Wiring of repositories and services, a bit like a Laravel service provider.

FastAPI caches dependencies per request, so every repository of one request
shares the same AsyncSession.
"""

from typing import Annotated

from fastapi import Depends
from sqlalchemy.ext.asyncio import AsyncSession

from app.config import Settings, get_settings
from app.database import get_session
from app.repositories.todo_repository import TodoRepository
from app.repositories.user_repository import UserRepository
from app.services.auth_service import AuthService
from app.services.todo_service import TodoService

SessionDep = Annotated[AsyncSession, Depends(get_session)]


def get_user_repository(session: SessionDep) -> UserRepository:
    return UserRepository(session)


def get_todo_repository(session: SessionDep) -> TodoRepository:
    return TodoRepository(session)


def get_auth_service(
    users: Annotated[UserRepository, Depends(get_user_repository)],
    settings: Annotated[Settings, Depends(get_settings)],
) -> AuthService:
    return AuthService(users, settings)


def get_todo_service(
    todos: Annotated[TodoRepository, Depends(get_todo_repository)],
) -> TodoService:
    return TodoService(todos)


AuthServiceDep = Annotated[AuthService, Depends(get_auth_service)]
TodoServiceDep = Annotated[TodoService, Depends(get_todo_service)]
