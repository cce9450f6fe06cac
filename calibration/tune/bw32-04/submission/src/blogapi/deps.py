"""Shared dependencies: settings, DB session, current user, pagination."""

from dataclasses import dataclass
from typing import Annotated

from fastapi import Depends, HTTPException, Query, status
from fastapi.security import OAuth2PasswordBearer
from sqlalchemy.ext.asyncio import AsyncSession

from blogapi.database import get_session
from blogapi.models import User
from blogapi.security import InvalidToken, decode_access_token
from blogapi.settings import Settings, get_settings

MAX_PAGE_SIZE = 100
DEFAULT_PAGE_SIZE = 20

SettingsDep = Annotated[Settings, Depends(get_settings)]
SessionDep = Annotated[AsyncSession, Depends(get_session)]

_oauth2 = OAuth2PasswordBearer(tokenUrl="auth/token", auto_error=False)


def _unauthorized() -> HTTPException:
    return HTTPException(
        status_code=status.HTTP_401_UNAUTHORIZED,
        detail="Not authenticated",
        headers={"WWW-Authenticate": "Bearer"},
    )


async def get_current_user(
    token: Annotated[str | None, Depends(_oauth2)],
    session: SessionDep,
    settings: SettingsDep,
) -> User:
    if token is None:
        raise _unauthorized()
    try:
        user_id = decode_access_token(token, settings)
    except InvalidToken:
        raise _unauthorized() from None
    user = await session.get(User, user_id)
    if user is None:
        raise _unauthorized()
    return user


CurrentUser = Annotated[User, Depends(get_current_user)]


@dataclass(frozen=True, slots=True)
class Pagination:
    limit: int
    offset: int


async def pagination(
    limit: Annotated[int, Query(ge=1, le=MAX_PAGE_SIZE, description="Page size")] = DEFAULT_PAGE_SIZE,
    offset: Annotated[int, Query(ge=0, le=1_000_000, description="Items to skip")] = 0,
) -> Pagination:
    return Pagination(limit=limit, offset=offset)


PaginationDep = Annotated[Pagination, Depends(pagination)]
