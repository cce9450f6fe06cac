import asyncio
from datetime import datetime, timedelta, timezone
from typing import Annotated

import aiosqlite
import bcrypt
import jwt
from fastapi import Depends, HTTPException, Request, status
from fastapi.security import OAuth2PasswordBearer

from app import db
from app.config import config

oauth2_scheme = OAuth2PasswordBearer(tokenUrl="/auth/token")

ALGORITHM = "HS256"


async def hash_password(password: str) -> str:
    # bcrypt is deliberately slow (~250ms at 12 rounds) -> keep it off the event loop
    salt = bcrypt.gensalt(rounds=config.bcrypt_rounds)
    hashed = await asyncio.to_thread(bcrypt.hashpw, password.encode(), salt)
    return hashed.decode()


def verify_password(password: str, password_hash: str) -> bool:
    return bcrypt.checkpw(password.encode(), password_hash.encode())


def create_token(user_id: int) -> str:
    now = datetime.now(timezone.utc)
    payload = {"sub": str(user_id), "iat": now, "exp": now + timedelta(minutes=config.token_ttl_minutes)}
    return jwt.encode(payload, config.secret_key, algorithm=ALGORITHM)


def get_conn(request: Request) -> aiosqlite.Connection:
    return request.app.state.db


Conn = Annotated[aiosqlite.Connection, Depends(get_conn)]


async def current_user_id(conn: Conn, token: Annotated[str, Depends(oauth2_scheme)]) -> int:
    unauthorized = HTTPException(
        status_code=status.HTTP_401_UNAUTHORIZED,
        detail="Invalid or expired token",
        headers={"WWW-Authenticate": "Bearer"},
    )
    try:
        payload = jwt.decode(token, config.secret_key, algorithms=[ALGORITHM])
        user_id = int(payload["sub"])
    except (jwt.PyJWTError, KeyError, ValueError):
        raise unauthorized
    if not await db.user_exists(conn, user_id):
        raise unauthorized
    return user_id


UserId = Annotated[int, Depends(current_user_id)]
