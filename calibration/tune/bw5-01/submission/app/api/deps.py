"""FastAPI dependency providers. Everything is injected, nothing is a module-level global."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Annotated

from fastapi import Depends, HTTPException, Request, status
from fastapi.security import OAuth2PasswordBearer
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.config import Settings, get_settings
from app.core.security import InvalidTokenError, decode_access_token
from app.models.user import User
from app.repositories.todos import TodoRepository
from app.repositories.users import UserRepository
from app.services.auth_service import AuthService
from app.services.todo_service import TodoService

oauth2_scheme = OAuth2PasswordBearer(tokenUrl="/auth/token")

SettingsDep = Annotated[Settings, Depends(get_settings)]


async def get_session(request: Request) -> AsyncIterator[AsyncSession]:
    async with request.app.state.sessionmaker() as session:
        yield session


SessionDep = Annotated[AsyncSession, Depends(get_session)]


def get_user_repository(session: SessionDep) -> UserRepository:
    return UserRepository(session)


def get_todo_repository(session: SessionDep) -> TodoRepository:
    return TodoRepository(session)


def get_auth_service(
    session: SessionDep,
    users: Annotated[UserRepository, Depends(get_user_repository)],
    settings: SettingsDep,
) -> AuthService:
    return AuthService(session, users, settings)


def get_todo_service(
    session: SessionDep,
    todos: Annotated[TodoRepository, Depends(get_todo_repository)],
) -> TodoService:
    return TodoService(session, todos)


_CREDENTIALS_ERROR = HTTPException(
    status_code=status.HTTP_401_UNAUTHORIZED,
    detail="Could not validate credentials",
    headers={"WWW-Authenticate": "Bearer"},
)


async def get_current_user(
    token: Annotated[str, Depends(oauth2_scheme)],
    users: Annotated[UserRepository, Depends(get_user_repository)],
    settings: SettingsDep,
) -> User:
    try:
        subject = decode_access_token(token, settings)
        user_id = int(subject)
    except (InvalidTokenError, ValueError):
        raise _CREDENTIALS_ERROR from None
    user = await users.get_by_id(user_id)
    if user is None:
        raise _CREDENTIALS_ERROR
    return user


CurrentUser = Annotated[User, Depends(get_current_user)]
AuthServiceDep = Annotated[AuthService, Depends(get_auth_service)]
TodoServiceDep = Annotated[TodoService, Depends(get_todo_service)]
