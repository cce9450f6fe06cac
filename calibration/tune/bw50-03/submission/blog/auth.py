from __future__ import annotations

import asyncio
import time

import bcrypt
import jwt

_ALG = "HS256"


class ErrBadToken(Exception):
    pass


def hash_password(password: str, rounds: int) -> str:
    return bcrypt.hashpw(password.encode(), bcrypt.gensalt(rounds)).decode()


async def check_password(password: str, password_hash: str) -> bool:
    return await asyncio.to_thread(bcrypt.checkpw, password.encode(), password_hash.encode())


def issue_token(user_id: int, secret: str, ttl_seconds: int) -> str:
    now = int(time.time())
    return jwt.encode({"sub": str(user_id), "iat": now, "exp": now + ttl_seconds}, secret, _ALG)


def parse_token(token: str, secret: str) -> int:
    try:
        claims = jwt.decode(token, secret, algorithms=[_ALG], options={"require": ["sub", "exp"]})
        return int(claims["sub"])
    except (jwt.PyJWTError, ValueError) as err:
        raise ErrBadToken from err
