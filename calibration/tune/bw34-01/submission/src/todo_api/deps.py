from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from typing import Annotated

from fastapi import Depends, Request
from fastapi.security import OAuth2PasswordBearer
from sqlalchemy.ext.asyncio import AsyncSession

from .config import Settings
from .errors import InvalidToken, to_http
from .models import User
from .repository import TodoRepository, UserRepository
from .result import Err, Ok
from .security import decode_token

log = logging.getLogger(__name__)

oauth2_scheme = OAuth2PasswordBearer(tokenUrl="/auth/token")


def get_settings(request: Request) -> Settings:
    settings: Settings = request.app.state.settings
    return settings


async def get_session(request: Request) -> AsyncIterator[AsyncSession]:
    async with request.app.state.sessionmaker() as session:
        yield session


SettingsDep = Annotated[Settings, Depends(get_settings)]
SessionDep = Annotated[AsyncSession, Depends(get_session)]


def get_user_repo(session: SessionDep) -> UserRepository:
    return UserRepository(session)


def get_todo_repo(session: SessionDep) -> TodoRepository:
    return TodoRepository(session)


UserRepoDep = Annotated[UserRepository, Depends(get_user_repo)]
TodoRepoDep = Annotated[TodoRepository, Depends(get_todo_repo)]


async def get_current_user(
    token: Annotated[str, Depends(oauth2_scheme)],
    settings: SettingsDep,
    users: UserRepoDep,
) -> User:
    match decode_token(token, settings):
        case Err(error):
            log.info("rejected token: %s", error.reason)
            raise to_http(error)
        case Ok(user_id):
            user = await users.get(user_id)
            if user is None:
                # Valid signature but the account is gone.
                raise to_http(InvalidToken("unknown subject"))
            return user


CurrentUser = Annotated[User, Depends(get_current_user)]
