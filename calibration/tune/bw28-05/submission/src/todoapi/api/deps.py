from collections.abc import AsyncIterator
from typing import Annotated

from fastapi import Depends, Request
from fastapi.security import OAuth2PasswordBearer
from sqlalchemy.ext.asyncio import AsyncSession

from todoapi.container import AppContainer
from todoapi.data.entities import UserEntity
from todoapi.data.repositories import TodoRepository, UserRepository
from todoapi.domain.errors import InvalidCredentials

oauth2_scheme = OAuth2PasswordBearer(tokenUrl="/auth/token")


def get_container(request: Request) -> AppContainer:
    return request.app.state.container


ContainerDep = Annotated[AppContainer, Depends(get_container)]


async def get_session(container: ContainerDep) -> AsyncIterator[AsyncSession]:
    async with container.session_factory() as session:
        yield session


SessionDep = Annotated[AsyncSession, Depends(get_session)]


def get_user_repository(session: SessionDep) -> UserRepository:
    return UserRepository(session)


def get_todo_repository(session: SessionDep) -> TodoRepository:
    return TodoRepository(session)


UserRepoDep = Annotated[UserRepository, Depends(get_user_repository)]
TodoRepoDep = Annotated[TodoRepository, Depends(get_todo_repository)]


async def get_current_user(
    token: Annotated[str, Depends(oauth2_scheme)],
    container: ContainerDep,
    users: UserRepoDep,
) -> UserEntity:
    user_id = container.tokens.subject(token)
    if user_id is None:
        raise InvalidCredentials()
    user = await users.find_by_id(user_id)
    if user is None:
        # Token is valid but the account is gone.
        raise InvalidCredentials()
    return user


CurrentUser = Annotated[UserEntity, Depends(get_current_user)]
