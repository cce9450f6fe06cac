from collections.abc import AsyncIterator
from typing import Annotated

from fastapi import Depends, Request
from fastapi.security import OAuth2PasswordBearer
from sqlalchemy.ext.asyncio import AsyncSession

from app.adapters.repositories import SqlTodoRepository, SqlUserRepository
from app.container import Container
from app.domain.entities import UserEntity
from app.services.auth import AuthService
from app.services.todos import TodoService

oauth2_scheme = OAuth2PasswordBearer(tokenUrl="/api/v1/auth/token")


def get_container(request: Request) -> Container:
    return request.app.state.container


ContainerDep = Annotated[Container, Depends(get_container)]


async def get_session(container: ContainerDep) -> AsyncIterator[AsyncSession]:
    async with container.session_factory() as session:
        yield session


SessionDep = Annotated[AsyncSession, Depends(get_session)]


def get_auth_service(container: ContainerDep, session: SessionDep) -> AuthService:
    return AuthService(SqlUserRepository(session), container.hasher, container.tokens)


def get_todo_service(session: SessionDep) -> TodoService:
    return TodoService(SqlTodoRepository(session))


AuthServiceDep = Annotated[AuthService, Depends(get_auth_service)]
TodoServiceDep = Annotated[TodoService, Depends(get_todo_service)]


async def get_current_user(
    token: Annotated[str, Depends(oauth2_scheme)], auth: AuthServiceDep
) -> UserEntity:
    return await auth.resolve(token)


CurrentUserDep = Annotated[UserEntity, Depends(get_current_user)]
