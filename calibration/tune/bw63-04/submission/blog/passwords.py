"""scrypt password hashing (stdlib). Encoded as  scrypt$<n>$<salt hex>$<key hex>."""
import hashlib
import hmac
import os
from functools import lru_cache

SALT_LEN = 16
KEY_LEN = 32
_R = 8
_P = 1
_MAXMEM = 128 * 1024 * 1024


def _derive(password: str, salt: bytes, n: int) -> bytes:
    return hashlib.scrypt(
        password.encode("utf-8"), salt=salt, n=n, r=_R, p=_P, maxmem=_MAXMEM, dklen=KEY_LEN
    )


def hash_password(password: str, n: int) -> str:
    salt = os.urandom(SALT_LEN)
    key = _derive(password, salt, n)
    return f"scrypt${n}${salt.hex()}${key.hex()}"


def verify_password(password: str, encoded: str) -> bool:
    parts = encoded.split("$")
    if len(parts) != 4 or parts[0] != "scrypt":
        return False
    try:
        n = int(parts[1])
        salt = bytes.fromhex(parts[2])
        expected = bytes.fromhex(parts[3])
    except ValueError:
        return False
    if n < 2 or n & (n - 1) or len(salt) != SALT_LEN or len(expected) != KEY_LEN:
        return False
    return hmac.compare_digest(_derive(password, salt, n), expected)


@lru_cache(maxsize=4)
def dummy_hash(n: int) -> str:
    """A valid hash of a random password, used to keep login timing flat for unknown users."""
    return hash_password(os.urandom(16).hex(), n)
