from collections.abc import AsyncIterator
from typing import Annotated

import aiosqlite
from fastapi import Depends, HTTPException, Query, Request, status
from fastapi.security import OAuth2PasswordBearer

from app.core.config import Settings
from app.core.security import decode_token
from app.db import open_connection
from app.models import UserPublic

oauth2 = OAuth2PasswordBearer(tokenUrl="/auth/token")


def get_settings(request: Request) -> Settings:
    return request.app.state.settings


SettingsDep = Annotated[Settings, Depends(get_settings)]


async def get_conn(settings: SettingsDep) -> AsyncIterator[aiosqlite.Connection]:
    async for conn in open_connection(settings.database_url):
        yield conn


Conn = Annotated[aiosqlite.Connection, Depends(get_conn)]


async def get_current_user(
    token: Annotated[str, Depends(oauth2)], conn: Conn, settings: SettingsDep
) -> UserPublic:
    user_id = decode_token(token, settings)
    row = None
    if user_id is not None:
        async with conn.execute("SELECT id, username FROM users WHERE id = ?", (user_id,)) as cur:
            row = await cur.fetchone()
    if row is None:
        raise HTTPException(
            status.HTTP_401_UNAUTHORIZED,
            detail="Could not validate credentials",
            headers={"WWW-Authenticate": "Bearer"},
        )
    return UserPublic(id=row["id"], username=row["username"])


CurrentUser = Annotated[UserPublic, Depends(get_current_user)]


class Pagination:
    def __init__(
        self,
        limit: Annotated[int, Query(ge=1, le=100, description="Page size (1-100)")] = 20,
        offset: Annotated[int, Query(ge=0, description="Items to skip")] = 0,
    ) -> None:
        self.limit = limit
        self.offset = offset


PageParams = Annotated[Pagination, Depends()]
