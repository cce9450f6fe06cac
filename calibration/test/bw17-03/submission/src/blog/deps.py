import time
from typing import Annotated

from fastapi import Depends, HTTPException, Request, status
from fastapi.security import OAuth2PasswordBearer

from blog import repo
from blog.config import Settings
from blog.db import Database
from blog.schemas import UserOut
from blog.security import token_digest

oauth2_scheme = OAuth2PasswordBearer(tokenUrl="/auth/token", auto_error=False)


def get_db(request: Request) -> Database:
    return request.app.state.db


def get_settings(request: Request) -> Settings:
    return request.app.state.settings


Db = Annotated[Database, Depends(get_db)]
Config = Annotated[Settings, Depends(get_settings)]
BearerToken = Annotated[str | None, Depends(oauth2_scheme)]

_UNAUTHORIZED = HTTPException(
    status_code=status.HTTP_401_UNAUTHORIZED,
    detail="Not authenticated",
    headers={"WWW-Authenticate": "Bearer"},
)


async def current_user(token: BearerToken, db: Db) -> UserOut:
    if not token:
        raise _UNAUTHORIZED
    async with db.read() as conn:
        row = await repo.user_for_token(conn, token_digest(token), int(time.time()))
    if row is None:
        raise _UNAUTHORIZED
    return UserOut(id=row["id"], username=row["username"], created_at=row["created_at"])


CurrentUser = Annotated[UserOut, Depends(current_user)]
