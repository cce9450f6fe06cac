import asyncio
from typing import Annotated

import aiosqlite
import bcrypt
import jwt
from fastapi import Depends, HTTPException, status
from fastapi.security import OAuth2PasswordBearer

from . import config
from .db import DB
from .schemas import UserOut

oauth2_scheme = OAuth2PasswordBearer(tokenUrl="/auth/login")

_CREDENTIALS_ERROR = HTTPException(
    status_code=status.HTTP_401_UNAUTHORIZED,
    detail="Could not validate credentials",
    headers={"WWW-Authenticate": "Bearer"},
)


async def hash_password(password: str) -> str:
    hashed = await asyncio.to_thread(bcrypt.hashpw, password.encode(), bcrypt.gensalt())
    return hashed.decode()


async def verify_password(password: str, password_hash: str) -> bool:
    return await asyncio.to_thread(bcrypt.checkpw, password.encode(), password_hash.encode())


def create_access_token(user_id: int) -> str:
    return jwt.encode({"sub": str(user_id)}, config.JWT_SECRET, algorithm=config.JWT_ALGORITHM)


async def get_user_by_username(db: aiosqlite.Connection, username: str) -> aiosqlite.Row | None:
    async with db.execute(
        "SELECT id, username, password_hash FROM users WHERE username = ?", (username,)
    ) as cur:
        return await cur.fetchone()


async def current_user(token: Annotated[str, Depends(oauth2_scheme)], db: DB) -> UserOut:
    try:
        payload = jwt.decode(token, config.JWT_SECRET, algorithms=[config.JWT_ALGORITHM])
        user_id = int(payload["sub"])
    except (jwt.PyJWTError, KeyError, ValueError):
        raise _CREDENTIALS_ERROR
    async with db.execute("SELECT id, username FROM users WHERE id = ?", (user_id,)) as cur:
        row = await cur.fetchone()
    if row is None:
        raise _CREDENTIALS_ERROR
    return UserOut(id=row["id"], username=row["username"])


CurrentUser = Annotated[UserOut, Depends(current_user)]
