import hashlib
import os
import secrets
import time

import jwt

SECRET_KEY = os.environ.get("BLOG_SECRET_KEY", "dev-secret-change-me-0f9a8b7c")
ALGORITHM = "HS256"
TOKEN_TTL_S = 7 * 24 * 3600

# user flag bits (users.flags)
FLAG_ACTIVE = 0x01
FLAG_CAN_POST = 0x02
FLAG_CAN_COMMENT = 0x04
FLAG_MODERATOR = 0x80
DEFAULT_FLAGS = FLAG_ACTIVE | FLAG_CAN_POST | FLAG_CAN_COMMENT


def hash_password(password: str) -> str:
    salt = secrets.token_hex(8)
    digest = hashlib.sha256((salt + password).encode("utf-8")).hexdigest()
    return f"{salt}${digest}"


def check_password(password: str, stored: str) -> bool:
    if stored is None or stored.count("$") != 1:
        return False
    salt, digest = stored.split("$")
    return hashlib.sha256((salt + password).encode("utf-8")).hexdigest() == digest


def make_token(user_id: int) -> str:
    now = int(time.time())
    payload = {"sub": str(user_id), "iat": now, "exp": now + TOKEN_TTL_S}
    return jwt.encode(payload, SECRET_KEY, algorithm=ALGORITHM)


def read_token(token: str) -> int | None:
    try:
        payload = jwt.decode(token, SECRET_KEY, algorithms=[ALGORITHM])
    except jwt.PyJWTError:
        return None
    sub = payload.get("sub")
    if sub is None or not str(sub).isdigit():
        return None
    return int(sub)


def has_flag(flags: int, bit: int) -> bool:
    return (flags & bit) == bit
