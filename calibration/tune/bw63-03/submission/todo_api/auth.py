"""bcrypt password hashing and HS256 tokens."""
import os
import time

import bcrypt
import jwt

_ALG = "HS256"
_TTL_S = 3600
_BCRYPT_ROUNDS = int(os.environ.get("BCRYPT_ROUNDS", "12"))


def _secret() -> str:
    s = os.environ.get("TODO_SECRET")
    if not s:
        raise RuntimeError("TODO_SECRET is not set")
    return s


def hash_password(password: str) -> bytes:
    pw = password.encode("utf-8")
    if len(pw) > 72:  # bcrypt only looks at the first 72 bytes
        raise ValueError("password too long")
    return bcrypt.hashpw(pw, bcrypt.gensalt(rounds=_BCRYPT_ROUNDS))


def check_password(password: str, pw_hash: bytes) -> bool:
    pw = password.encode("utf-8")
    if len(pw) > 72:
        return False
    return bcrypt.checkpw(pw, pw_hash)


def make_token(user_id: int) -> str:
    now = int(time.time())
    return jwt.encode({"sub": str(user_id), "iat": now, "exp": now + _TTL_S}, _secret(), algorithm=_ALG)


def parse_token(token: str) -> int | None:
    try:
        data = jwt.decode(token, _secret(), algorithms=[_ALG], options={"require": ["exp", "sub"]})
    except jwt.PyJWTError:
        return None
    sub = data.get("sub")
    if not isinstance(sub, str) or not sub.isdigit():
        return None
    return int(sub)
