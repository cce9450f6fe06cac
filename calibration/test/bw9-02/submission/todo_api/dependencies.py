"""FastAPI dependencies shared by the routers."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, HTTPException, Request, status
from fastapi.security import OAuth2PasswordBearer

from todo_api.config import Settings
from todo_api.repository import TodoRepository, UserRecord
from todo_api.security import decode_access_token

oauth2_scheme = OAuth2PasswordBearer(tokenUrl="/auth/token")


def get_repository(request: Request) -> TodoRepository:
    repository: TodoRepository = request.app.state.repository
    return repository


def get_settings(request: Request) -> Settings:
    settings: Settings = request.app.state.settings
    return settings


Repository = Annotated[TodoRepository, Depends(get_repository)]
AppSettings = Annotated[Settings, Depends(get_settings)]


async def get_current_user(
    token: Annotated[str, Depends(oauth2_scheme)],
    repository: Repository,
    settings: AppSettings,
) -> UserRecord:
    """Resolve the bearer token to a user, or answer 401."""
    user_id = decode_access_token(token, settings)
    user = repository.get_user(user_id) if user_id is not None else None
    if user is None:
        raise HTTPException(
            status_code=status.HTTP_401_UNAUTHORIZED,
            detail="Invalid or expired token",
            headers={"WWW-Authenticate": "Bearer"},
        )
    return user


CurrentUser = Annotated[UserRecord, Depends(get_current_user)]
