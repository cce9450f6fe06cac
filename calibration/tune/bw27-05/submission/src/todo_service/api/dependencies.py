"""Dependency-injection wiring for the API layer."""
from typing import Annotated

from fastapi import Depends, HTTPException, status
from fastapi.security import OAuth2PasswordBearer
from sqlalchemy.orm import Session

from todo_service.core.database import get_db_session
from todo_service.core.security import PasswordHasher, TokenService
from todo_service.domain.models import UserEntity
from todo_service.repositories.sqlalchemy_repositories import TodoRepository, UserRepository
from todo_service.services.todo_service import TodoService
from todo_service.services.user_service import UserService

oauth2_scheme = OAuth2PasswordBearer(tokenUrl="/api/v1/auth/token")


def get_user_service(session: Annotated[Session, Depends(get_db_session)]) -> UserService:
    return UserService(UserRepository(session), PasswordHasher(), TokenService())


def get_todo_service(session: Annotated[Session, Depends(get_db_session)]) -> TodoService:
    return TodoService(TodoRepository(session))


async def get_current_user(
    token: Annotated[str, Depends(oauth2_scheme)],
    user_service: Annotated[UserService, Depends(get_user_service)],
) -> UserEntity:
    user = user_service.resolve_token(token)
    if user is None:
        raise HTTPException(
            status_code=status.HTTP_401_UNAUTHORIZED,
            detail="Could not validate credentials",
            headers={"WWW-Authenticate": "Bearer"},
        )
    return user


CurrentUser = Annotated[UserEntity, Depends(get_current_user)]
UserServiceDep = Annotated[UserService, Depends(get_user_service)]
TodoServiceDep = Annotated[TodoService, Depends(get_todo_service)]
