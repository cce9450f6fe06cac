"""FastAPI dependencies: the only place where the outside world is reached."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from typing import Annotated

from fastapi import Depends, HTTPException, Query, Request, status
from fastapi.security import OAuth2PasswordBearer

from . import store, tokens
from .domain import PageParams, UserId
from .settings import Settings

oauth2_scheme = OAuth2PasswordBearer(tokenUrl="/auth/token")


def get_settings(request: Request) -> Settings:
    settings: Settings = request.app.state.settings
    return settings


def get_conn(settings: Annotated[Settings, Depends(get_settings)]) -> Iterator[sqlite3.Connection]:
    conn = store.connect(settings.db_path)
    try:
        yield conn
    finally:
        conn.close()


def get_clock() -> Callable[[], datetime]:
    return lambda: datetime.now(UTC)


Conn = Annotated[sqlite3.Connection, Depends(get_conn)]
Clock = Annotated[Callable[[], datetime], Depends(get_clock)]


def current_user(token: Annotated[str, Depends(oauth2_scheme)], conn: Conn, clock: Clock) -> UserId:
    user_id = store.session_user(conn, tokens.token_digest(token), clock())
    if user_id is None:
        raise HTTPException(
            status.HTTP_401_UNAUTHORIZED,
            detail="invalid or expired token",
            headers={"WWW-Authenticate": "Bearer"},
        )
    return user_id


CurrentUser = Annotated[UserId, Depends(current_user)]


def page_params(
    limit: Annotated[int, Query(ge=1, le=100, description="page size, 1..100")] = 20,
    offset: Annotated[int, Query(ge=0, description="items to skip")] = 0,
) -> PageParams:
    return PageParams(limit=limit, offset=offset)
