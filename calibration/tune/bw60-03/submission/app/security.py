import asyncio

import bcrypt
import jwt

from app.settings import settings


async def hash_password(password: str) -> str:
    hashed = await asyncio.to_thread(bcrypt.hashpw, password.encode(), bcrypt.gensalt())
    return hashed.decode()


async def check_password(password: str, password_hash: str) -> bool:
    return await asyncio.to_thread(bcrypt.checkpw, password.encode(), password_hash.encode())


def issue_token(user_id: int) -> str:
    claims = {"sub": str(user_id)}
    return jwt.encode(claims, settings.jwt_secret, algorithm=settings.jwt_algorithm)


def read_token(token: str) -> int | None:
    try:
        claims = jwt.decode(token, settings.jwt_secret, algorithms=[settings.jwt_algorithm])
        return int(claims["sub"])
    except (jwt.InvalidTokenError, KeyError, ValueError):
        return None
