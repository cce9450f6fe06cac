"""Password hashing and bearer tokens.

Tokens are `base64url(payload).base64url(hmac_sha256(secret, payload_b64))`.
"""
from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import json
import os
import secrets
import time

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

TOKEN_TTL_SECONDS = 15 * 60
MAX_TOKEN_LENGTH = 512

# RFC 9106 second recommended option (64 MiB, t=3, p=4).
_hasher = PasswordHasher(time_cost=3, memory_cost=64 * 1024, parallelism=4)

# Verified against when the username does not exist, so that login takes the
# same time whether or not an account is registered.
_DUMMY_HASH = _hasher.hash(secrets.token_urlsafe(32))


def _secret() -> bytes:
    raw = os.environ.get("TODO_TOKEN_SECRET", "")
    if len(raw) < 32:
        raise RuntimeError("TODO_TOKEN_SECRET must be set (at least 32 characters)")
    return raw.encode()


def check_configuration() -> None:
    _secret()


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def verify_password(stored_hash: str | None, password: str) -> bool:
    candidate = stored_hash if stored_hash is not None else _DUMMY_HASH
    try:
        ok = _hasher.verify(candidate, password)
    except (VerificationError, InvalidHashError):
        return False
    return ok and stored_hash is not None


def _b64encode(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def _b64decode(data: str) -> bytes:
    return base64.urlsafe_b64decode(data + "=" * (-len(data) % 4))


def _sign(body: str) -> str:
    return _b64encode(hmac.new(_secret(), body.encode("ascii"), hashlib.sha256).digest())


def issue_token(user_id: int, now: float | None = None) -> str:
    issued = int(time.time() if now is None else now)
    payload = {"sub": user_id, "iat": issued, "exp": issued + TOKEN_TTL_SECONDS}
    body = _b64encode(json.dumps(payload, separators=(",", ":")).encode())
    return f"{body}.{_sign(body)}"


def read_token(token: str, now: float | None = None) -> int | None:
    """Return the user id carried by a valid, unexpired token, else None."""
    if len(token) > MAX_TOKEN_LENGTH or token.count(".") != 1 or not token.isascii():
        return None
    body, signature = token.split(".")
    if not hmac.compare_digest(signature.encode("ascii"), _sign(body).encode("ascii")):
        return None
    try:
        payload = json.loads(_b64decode(body))
    except (ValueError, binascii.Error):
        return None
    if not isinstance(payload, dict):
        return None
    sub, exp = payload.get("sub"), payload.get("exp")
    if type(sub) is not int or type(exp) is not int:
        return None
    current = time.time() if now is None else now
    if current >= exp:
        return None
    return sub
