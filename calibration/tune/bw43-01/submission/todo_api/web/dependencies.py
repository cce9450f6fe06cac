from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Annotated

from fastapi import Depends, Request
from fastapi.security import OAuth2PasswordBearer
from sqlalchemy.ext.asyncio import AsyncSession

from todo_api.application.interfaces import (
    IPasswordHasher,
    ITodoRepository,
    ITokenService,
    IUnitOfWork,
    IUserRepository,
)
from todo_api.application.services.auth_service import AuthService
from todo_api.application.services.todo_service import TodoService
from todo_api.domain.models import User
from todo_api.infrastructure.persistence.repositories import (
    SqlAlchemyTodoRepository,
    SqlAlchemyUnitOfWork,
    SqlAlchemyUserRepository,
)
from todo_api.infrastructure.security.password_hasher import BcryptPasswordHasher
from todo_api.infrastructure.security.token_service import JwtTokenService
from todo_api.infrastructure.settings import AppSettings

oauth2_scheme = OAuth2PasswordBearer(tokenUrl="/api/v1/auth/token")


def get_app_settings(request: Request) -> AppSettings:
    return request.app.state.settings


async def get_db_session(request: Request) -> AsyncIterator[AsyncSession]:
    async with request.app.state.session_factory() as session:
        yield session


SessionDep = Annotated[AsyncSession, Depends(get_db_session)]
SettingsDep = Annotated[AppSettings, Depends(get_app_settings)]


def get_user_repository(session: SessionDep) -> IUserRepository:
    return SqlAlchemyUserRepository(session)


def get_todo_repository(session: SessionDep) -> ITodoRepository:
    return SqlAlchemyTodoRepository(session)


def get_unit_of_work(session: SessionDep) -> IUnitOfWork:
    return SqlAlchemyUnitOfWork(session)


def get_password_hasher(settings: SettingsDep) -> IPasswordHasher:
    return BcryptPasswordHasher(rounds=settings.bcrypt_rounds)


def get_token_service(settings: SettingsDep) -> ITokenService:
    return JwtTokenService(settings)


def get_auth_service(
    users: Annotated[IUserRepository, Depends(get_user_repository)],
    unit_of_work: Annotated[IUnitOfWork, Depends(get_unit_of_work)],
    password_hasher: Annotated[IPasswordHasher, Depends(get_password_hasher)],
    token_service: Annotated[ITokenService, Depends(get_token_service)],
) -> AuthService:
    return AuthService(users, unit_of_work, password_hasher, token_service)


def get_todo_service(
    todos: Annotated[ITodoRepository, Depends(get_todo_repository)],
    unit_of_work: Annotated[IUnitOfWork, Depends(get_unit_of_work)],
) -> TodoService:
    return TodoService(todos, unit_of_work)


AuthServiceDep = Annotated[AuthService, Depends(get_auth_service)]
TodoServiceDep = Annotated[TodoService, Depends(get_todo_service)]


async def get_current_user(
    token: Annotated[str, Depends(oauth2_scheme)],
    auth_service: AuthServiceDep,
) -> User:
    return await auth_service.get_current_user_async(token)


CurrentUser = Annotated[User, Depends(get_current_user)]
