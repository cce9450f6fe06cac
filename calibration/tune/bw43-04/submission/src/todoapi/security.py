"""Password hashing (scrypt, RFC 7914) and bearer tokens (JWT, RFC 7519)."""
from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
import time

import jwt

_SCHEME = "scrypt"
_R = 8
_P = 1
_DKLEN = 32
_SALT_BYTES = 16
_JWT_ALGORITHM = "HS256"


def _b64encode(raw: bytes) -> str:
    return base64.b64encode(raw).decode("ascii")


def hash_password(password: str, n: int = 2**14) -> str:
    """Return ``scrypt$n$r$p$salt$digest``; parameters travel with the hash so they can grow."""
    salt = secrets.token_bytes(_SALT_BYTES)
    digest = hashlib.scrypt(password.encode("utf-8"), salt=salt, n=n, r=_R, p=_P, dklen=_DKLEN)
    return "$".join((_SCHEME, str(n), str(_R), str(_P), _b64encode(salt), _b64encode(digest)))


def verify_password(password: str, encoded: str) -> bool:
    try:
        scheme, n, r, p, salt_b64, digest_b64 = encoded.split("$")
        salt = base64.b64decode(salt_b64)
        expected = base64.b64decode(digest_b64)
        if scheme != _SCHEME:
            return False
        candidate = hashlib.scrypt(
            password.encode("utf-8"), salt=salt, n=int(n), r=int(r), p=int(p), dklen=len(expected)
        )
    except ValueError:
        return False
    return hmac.compare_digest(candidate, expected)


def issue_token(user_id: int, secret: str, ttl_seconds: int) -> str:
    now = int(time.time())
    claims = {"sub": str(user_id), "iat": now, "exp": now + ttl_seconds}
    return jwt.encode(claims, secret, algorithm=_JWT_ALGORITHM)


def read_token(token: str, secret: str) -> int | None:
    """Return the user id in a valid, unexpired token, else None."""
    try:
        claims = jwt.decode(
            token, secret, algorithms=[_JWT_ALGORITHM], options={"require": ["sub", "exp"]}
        )
        return int(claims["sub"])
    except (jwt.InvalidTokenError, ValueError):
        return None
