from __future__ import annotations

from typing import Annotated

from fastapi import Depends, HTTPException, Request, status
from fastapi.security import OAuth2PasswordBearer

from app.config import Settings
from app.db import SessionDep
from app.models import User
from app.repository import TodoRepository
from app.result import Err, Ok, TokenError
from app.security import decode_access_token

oauth2_scheme = OAuth2PasswordBearer(tokenUrl="/auth/token")


def get_settings(request: Request) -> Settings:
    settings: Settings = request.app.state.settings
    return settings


SettingsDep = Annotated[Settings, Depends(get_settings)]


def _unauthorized(detail: str) -> HTTPException:
    return HTTPException(
        status_code=status.HTTP_401_UNAUTHORIZED,
        detail=detail,
        headers={"WWW-Authenticate": "Bearer"},
    )


async def get_current_user(
    token: Annotated[str, Depends(oauth2_scheme)],
    session: SessionDep,
    settings: SettingsDep,
) -> User:
    match decode_access_token(token, settings):
        case Err(error=TokenError.EXPIRED):
            raise _unauthorized("Token has expired")
        case Err():
            raise _unauthorized("Could not validate credentials")
        case Ok(value=user_id):
            user = await session.get(User, user_id)
            if user is None:
                # Token is valid but the account is gone.
                raise _unauthorized("Could not validate credentials")
            return user


CurrentUser = Annotated[User, Depends(get_current_user)]


def get_todo_repository(session: SessionDep) -> TodoRepository:
    return TodoRepository(session)


TodoRepo = Annotated[TodoRepository, Depends(get_todo_repository)]
