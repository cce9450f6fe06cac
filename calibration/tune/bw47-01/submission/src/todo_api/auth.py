"""Password hashing and tokens. Small functions, no state besides the secret."""
from __future__ import annotations

import hashlib
import hmac
import os
import secrets
import time

import jwt

SECRET = os.environ["TODO_SECRET"]
ALGORITHM = "HS256"
TOKEN_TTL = 60 * 60
ITERATIONS = 600_000


def _pbkdf2(password: str, salt: bytes, iterations: int) -> bytes:
    return hashlib.pbkdf2_hmac("sha256", password.encode(), salt, iterations)


def hash_password(password: str) -> str:
    salt = secrets.token_bytes(16)
    digest = _pbkdf2(password, salt, ITERATIONS)
    return f"pbkdf2_sha256${ITERATIONS}${salt.hex()}${digest.hex()}"


def check_password(password: str, encoded: str) -> bool:
    _, iterations, salt, digest = encoded.split("$")
    candidate = _pbkdf2(password, bytes.fromhex(salt), int(iterations))
    return hmac.compare_digest(candidate.hex(), digest)


def issue_token(username: str, now: float | None = None) -> str:
    now = time.time() if now is None else now
    claims = {"sub": username, "iat": int(now), "exp": int(now) + TOKEN_TTL}
    return jwt.encode(claims, SECRET, algorithm=ALGORITHM)


def token_subject(token: str) -> str | None:
    try:
        return jwt.decode(token, SECRET, algorithms=[ALGORITHM]).get("sub")
    except jwt.PyJWTError:
        return None
