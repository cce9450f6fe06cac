"""Wiring of repositories and services (the "application context")."""
from typing import Annotated

import aiosqlite
from fastapi import Depends, Query
from fastapi.security import OAuth2PasswordBearer

from .config import ApplicationProperties, get_properties
from .database import get_connection
from .entities import User
from .repositories import TodoRepository, UserRepository
from .security import JwtTokenProvider, PasswordEncoder
from .services import TodoService, UserService

oauth2_scheme = OAuth2PasswordBearer(tokenUrl="/api/v1/auth/token")

_password_encoder = PasswordEncoder()

Connection = Annotated[aiosqlite.Connection, Depends(get_connection)]
Properties = Annotated[ApplicationProperties, Depends(get_properties)]


def get_user_service(connection: Connection, properties: Properties) -> UserService:
    return UserService(UserRepository(connection), _password_encoder, JwtTokenProvider(properties))


def get_todo_service(connection: Connection) -> TodoService:
    return TodoService(TodoRepository(connection))


async def get_current_user(
    token: Annotated[str, Depends(oauth2_scheme)],
    user_service: Annotated[UserService, Depends(get_user_service)],
) -> User:
    return await user_service.load_user_from_token(token)


class Pageable:
    def __init__(
        self,
        limit: Annotated[int, Query(ge=1, le=get_properties().page_size_max)] = get_properties().page_size_default,
        offset: Annotated[int, Query(ge=0)] = 0,
    ) -> None:
        self.limit = limit
        self.offset = offset
