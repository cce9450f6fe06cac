"""Password hashing with scrypt (stdlib). Encoded as scrypt$n$r$p$salt$hash."""

from __future__ import annotations

import hashlib
import hmac
import os
from typing import Final

_N: Final = 2**14
_R: Final = 8
_P: Final = 1
_DKLEN: Final = 32
_SALT_BYTES: Final = 16


def _derive(password: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    return hashlib.scrypt(password.encode(), salt=salt, n=n, r=r, p=p, dklen=_DKLEN)


def hash_password(password: str, *, salt: bytes | None = None) -> str:
    salt_ = os.urandom(_SALT_BYTES) if salt is None else salt
    digest = _derive(password, salt_, _N, _R, _P)
    return f"scrypt${_N}${_R}${_P}${salt_.hex()}${digest.hex()}"


def verify_password(password: str, encoded: str) -> bool:
    try:
        scheme, n, r, p, salt_hex, digest_hex = encoded.split("$")
    except ValueError:
        return False
    if scheme != "scrypt":
        return False
    candidate = _derive(password, bytes.fromhex(salt_hex), int(n), int(r), int(p))
    return hmac.compare_digest(candidate, bytes.fromhex(digest_hex))
