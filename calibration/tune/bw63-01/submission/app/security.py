"""Password hashing (PBKDF2-HMAC-SHA256, stdlib only) and JWT handling."""
import hashlib
import hmac
import os
import time

import jwt

from .config import get_settings

SALT_LEN = 16
DK_LEN = 32
JWT_ALG = "HS256"


def hash_password(password: str, iters: int) -> tuple[bytes, bytes]:
    """Returns (salt, derived_key). Salt is fresh for every call."""
    salt = os.urandom(SALT_LEN)
    dk = hashlib.pbkdf2_hmac("sha256", password.encode("utf-8"), salt, iters, DK_LEN)
    return salt, dk


def verify_password(password: str, salt: bytes, expected: bytes, iters: int) -> bool:
    if len(salt) != SALT_LEN or len(expected) != DK_LEN or iters <= 0:
        return False
    dk = hashlib.pbkdf2_hmac("sha256", password.encode("utf-8"), salt, iters, DK_LEN)
    return hmac.compare_digest(dk, expected)


def burn_verify(password: str, iters: int) -> None:
    """Spend the same time as a real verify when the user does not exist,
    so the login endpoint does not leak which usernames are registered."""
    hashlib.pbkdf2_hmac("sha256", password.encode("utf-8"), b"\x00" * SALT_LEN, iters, DK_LEN)


def issue_token(user_id: int) -> tuple[str, int]:
    s = get_settings()
    now = int(time.time())
    payload = {"sub": str(user_id), "iat": now, "exp": now + s.jwt_ttl_s}
    return jwt.encode(payload, s.jwt_secret, algorithm=JWT_ALG), s.jwt_ttl_s


def decode_token(token: str) -> int | None:
    """Returns the user id, or None for anything that is not a valid, unexpired token."""
    s = get_settings()
    try:
        payload = jwt.decode(
            token,
            s.jwt_secret,
            algorithms=[JWT_ALG],
            options={"require": ["exp", "iat", "sub"]},
        )
    except jwt.PyJWTError:
        return None
    sub = payload.get("sub")
    if not isinstance(sub, str) or not sub.isdigit():
        return None
    uid = int(sub)
    if uid <= 0:
        return None
    return uid
