"""Password hashing (scrypt, stdlib) and opaque bearer tokens."""

import hashlib
import hmac
import secrets
from typing import Final

_N: Final = 2**14
_R: Final = 8
_P: Final = 1
_DKLEN: Final = 32
_SALT_BYTES: Final = 16
_SCHEME: Final = "scrypt"


def hash_password(password: str) -> str:
    salt = secrets.token_bytes(_SALT_BYTES)
    digest = hashlib.scrypt(password.encode(), salt=salt, n=_N, r=_R, p=_P, dklen=_DKLEN)
    return f"{_SCHEME}${_N}${_R}${_P}${salt.hex()}${digest.hex()}"


def verify_password(password: str, encoded: str) -> bool:
    parts = encoded.split("$")
    if len(parts) != 6 or parts[0] != _SCHEME:
        return False
    _, n, r, p, salt_hex, digest_hex = parts
    expected = bytes.fromhex(digest_hex)
    actual = hashlib.scrypt(
        password.encode(),
        salt=bytes.fromhex(salt_hex),
        n=int(n),
        r=int(r),
        p=int(p),
        dklen=len(expected),
    )
    return hmac.compare_digest(actual, expected)


# Verified against when the username does not exist, so that a login attempt
# costs the same whether or not the account is there.
DUMMY_HASH: Final = hash_password(secrets.token_urlsafe(16))


def new_token() -> str:
    return secrets.token_urlsafe(32)


def token_digest(token: str) -> str:
    """Tokens are stored hashed; a leaked database does not leak live sessions."""
    return hashlib.sha256(token.encode()).hexdigest()
