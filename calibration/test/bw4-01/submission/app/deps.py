from typing import Annotated

import aiosqlite
from fastapi import Depends, HTTPException, status
from fastapi.security import OAuth2PasswordBearer

from app.database import get_db
from app.schemas import UserOut
from app.security import decode_access_token

oauth2_scheme = OAuth2PasswordBearer(tokenUrl="/auth/token")

DB = Annotated[aiosqlite.Connection, Depends(get_db)]


async def get_current_user(token: Annotated[str, Depends(oauth2_scheme)], db: DB) -> UserOut:
    credentials_error = HTTPException(
        status_code=status.HTTP_401_UNAUTHORIZED,
        detail="Could not validate credentials",
        headers={"WWW-Authenticate": "Bearer"},
    )
    username = await decode_access_token(token)
    if username is None:
        raise credentials_error
    async with db.execute("SELECT id, username FROM users WHERE username = ?", (username,)) as cur:
        row = await cur.fetchone()
    if row is None:
        raise credentials_error
    return UserOut(id=row["id"], username=row["username"])


CurrentUser = Annotated[UserOut, Depends(get_current_user)]
