"""Password hashing and bearer tokens, standard library only.

Passwords: scrypt (hashlib) with a random 16-byte salt per user.
Tokens:    "<payload>.<signature>", payload = base64url(JSON {"sub", "exp"}),
           signature = base64url(HMAC-SHA256(secret, payload)).
"""

import base64
import hashlib
import hmac
import json
import os
import time

from .errors import AuthError

_SCRYPT_N = 2**14
_SCRYPT_R = 8
_SCRYPT_P = 1
_SALT_BYTES = 16


def hash_password(password: str) -> str:
    salt = os.urandom(_SALT_BYTES)
    digest = hashlib.scrypt(password.encode(), salt=salt, n=_SCRYPT_N, r=_SCRYPT_R, p=_SCRYPT_P)
    return f"scrypt${salt.hex()}${digest.hex()}"


def verify_password(password: str, stored: str) -> bool:
    parts = stored.split("$")
    if len(parts) != 3 or parts[0] != "scrypt":
        return False
    salt = bytes.fromhex(parts[1])
    expected = bytes.fromhex(parts[2])
    digest = hashlib.scrypt(password.encode(), salt=salt, n=_SCRYPT_N, r=_SCRYPT_R, p=_SCRYPT_P)
    return hmac.compare_digest(digest, expected)


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def _unb64(data: str) -> bytes:
    return base64.urlsafe_b64decode(data + "=" * (-len(data) % 4))


def issue_token(user_id: int, secret: bytes, ttl_seconds: int, now: float | None = None) -> str:
    issued = time.time() if now is None else now
    payload = _b64(json.dumps({"sub": user_id, "exp": int(issued) + ttl_seconds}).encode())
    sig = _b64(hmac.new(secret, payload.encode(), hashlib.sha256).digest())
    return f"{payload}.{sig}"


def parse_token(token: str, secret: bytes, now: float | None = None) -> int:
    """Returns the user id, or raises AuthError."""
    payload, sep, sig = token.partition(".")
    if not sep or not payload or not sig:
        raise AuthError("malformed token")

    expected = _b64(hmac.new(secret, payload.encode(), hashlib.sha256).digest())
    if not hmac.compare_digest(sig, expected):
        raise AuthError("bad signature")

    try:
        claims = json.loads(_unb64(payload))
    except (ValueError, UnicodeDecodeError) as exc:
        raise AuthError("malformed payload") from exc

    sub = claims.get("sub")
    exp = claims.get("exp")
    if not isinstance(sub, int) or not isinstance(exp, int):
        raise AuthError("malformed claims")

    current = time.time() if now is None else now
    if exp < current:
        raise AuthError("token expired")
    return sub
