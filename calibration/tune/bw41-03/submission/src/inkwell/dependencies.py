"""FastAPI dependencies shared by the routers."""

import sqlite3
from collections.abc import Iterator
from typing import Annotated

from fastapi import Depends, HTTPException, Path, Query, Request, status
from fastapi.security import OAuth2PasswordBearer

from inkwell import db, repository, security
from inkwell.config import Settings

DEFAULT_PAGE_SIZE = 20
MAX_PAGE_SIZE = 100

# Largest value SQLite can bind as INTEGER; anything above would raise OverflowError.
SQLITE_MAX_INT = 2**63 - 1

oauth2_scheme = OAuth2PasswordBearer(tokenUrl="/auth/token")


def get_settings(request: Request) -> Settings:
    settings: Settings = request.app.state.settings
    return settings


SettingsDep = Annotated[Settings, Depends(get_settings)]


def get_connection(settings: SettingsDep) -> Iterator[sqlite3.Connection]:
    """Yield a connection that is closed when the request finishes."""
    conn = db.connect(settings.database_path)
    try:
        yield conn
    finally:
        conn.close()


ConnectionDep = Annotated[sqlite3.Connection, Depends(get_connection)]


def get_current_user(
    token: Annotated[str, Depends(oauth2_scheme)],
    conn: ConnectionDep,
    settings: SettingsDep,
) -> sqlite3.Row:
    """Resolve the bearer token to a user row, or answer 401."""
    user_id = security.decode_access_token(token, settings)
    user = repository.get_user(conn, user_id) if user_id is not None else None
    if user is None:
        raise HTTPException(
            status_code=status.HTTP_401_UNAUTHORIZED,
            detail="Invalid or expired access token",
            headers={"WWW-Authenticate": "Bearer"},
        )
    return user


CurrentUserDep = Annotated[sqlite3.Row, Depends(get_current_user)]


class Pagination:
    """``limit``/``offset`` query parameters with enforced bounds."""

    def __init__(
        self,
        limit: Annotated[
            int,
            Query(ge=1, le=MAX_PAGE_SIZE, description=f"Page size, at most {MAX_PAGE_SIZE}."),
        ] = DEFAULT_PAGE_SIZE,
        offset: Annotated[
            int, Query(ge=0, le=SQLITE_MAX_INT, description="Number of items to skip.")
        ] = 0,
    ) -> None:
        self.limit = limit
        self.offset = offset


PaginationDep = Annotated[Pagination, Depends()]

PostId = Annotated[int, Path(ge=1, le=SQLITE_MAX_INT, description="Id of the post.")]
