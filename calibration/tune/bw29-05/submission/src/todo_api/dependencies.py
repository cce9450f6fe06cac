"""Reusable FastAPI dependencies.

A dependency is just a function FastAPI calls for us before the handler.
Putting "give me a database session" and "who is calling?" here means every
handler that needs them simply declares a parameter, and tests can swap
them out with ``app.dependency_overrides`` if they ever need to.
"""
from collections.abc import AsyncIterator
from typing import Annotated

from fastapi import Depends, HTTPException, Request, status
from fastapi.security import OAuth2PasswordBearer
from sqlalchemy.ext.asyncio import AsyncSession

from .config import Settings
from .models import User
from .security import decode_access_token

# tokenUrl is what the "Authorize" button in /docs will call to log in.
oauth2_scheme = OAuth2PasswordBearer(tokenUrl="/auth/token")


def get_app_settings(request: Request) -> Settings:
    """The settings the running app was created with (see ``create_app``)."""
    return request.app.state.settings


async def get_session(request: Request) -> AsyncIterator[AsyncSession]:
    """One database session per request, closed automatically afterwards."""
    async with request.app.state.sessionmaker() as session:
        yield session


SessionDep = Annotated[AsyncSession, Depends(get_session)]
SettingsDep = Annotated[Settings, Depends(get_app_settings)]


async def get_current_user(
    token: Annotated[str, Depends(oauth2_scheme)],
    session: SessionDep,
    settings: SettingsDep,
) -> User:
    """Turn the bearer token into a ``User`` or answer ``401``.

    The same vague message is used for every failure on purpose: telling a
    client *why* its token was rejected helps attackers more than users.
    """
    credentials_error = HTTPException(
        status_code=status.HTTP_401_UNAUTHORIZED,
        detail="Could not validate credentials",
        headers={"WWW-Authenticate": "Bearer"},
    )
    user_id = decode_access_token(token, settings)
    if user_id is None:
        raise credentials_error
    user = await session.get(User, user_id)
    if user is None:  # e.g. the account was deleted after the token was issued
        raise credentials_error
    return user


CurrentUser = Annotated[User, Depends(get_current_user)]
