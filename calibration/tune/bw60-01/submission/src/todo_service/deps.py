from typing import Annotated

from fastapi import Depends, HTTPException, status
from fastapi.security import OAuth2PasswordBearer
from sqlmodel.ext.asyncio.session import AsyncSession

from todo_service.config import Settings, get_settings
from todo_service.db import get_session
from todo_service.models import User
from todo_service.repository import TodoRepository, UserRepository
from todo_service.security import decode_access_token

oauth2_scheme = OAuth2PasswordBearer(tokenUrl="/auth/token")

SessionDep = Annotated[AsyncSession, Depends(get_session)]
SettingsDep = Annotated[Settings, Depends(get_settings)]


def user_repository(session: SessionDep) -> UserRepository:
    return UserRepository(session)


def todo_repository(session: SessionDep) -> TodoRepository:
    return TodoRepository(session)


UserRepoDep = Annotated[UserRepository, Depends(user_repository)]
TodoRepoDep = Annotated[TodoRepository, Depends(todo_repository)]


async def current_user(
    token: Annotated[str, Depends(oauth2_scheme)],
    users: UserRepoDep,
    settings: SettingsDep,
) -> User:
    unauthorized = HTTPException(
        status_code=status.HTTP_401_UNAUTHORIZED,
        detail="Invalid or expired token",
        headers={"WWW-Authenticate": "Bearer"},
    )
    user_id = decode_access_token(token, settings)
    if user_id is None:
        raise unauthorized
    user = await users.by_id(user_id)
    if user is None:
        raise unauthorized
    return user


CurrentUser = Annotated[User, Depends(current_user)]
