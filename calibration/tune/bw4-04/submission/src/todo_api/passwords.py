"""PBKDF2-HMAC-SHA256 password hashing from the standard library.

Stored format: ``pbkdf2_sha256$<iterations>$<salt hex>$<hash hex>`` so the iteration count
can be raised later without invalidating existing hashes.
"""

import hashlib
import hmac
import secrets

from .config import settings

_ALGO = "pbkdf2_sha256"


def hash_password(password: str) -> str:
    salt = secrets.token_bytes(16)
    iterations = settings.pbkdf2_iterations
    digest = hashlib.pbkdf2_hmac("sha256", password.encode(), salt, iterations)
    return f"{_ALGO}${iterations}${salt.hex()}${digest.hex()}"


def verify_password(password: str, stored: str) -> bool:
    try:
        algo, iterations, salt_hex, digest_hex = stored.split("$")
    except ValueError:
        return False
    if algo != _ALGO:
        return False
    digest = hashlib.pbkdf2_hmac("sha256", password.encode(), bytes.fromhex(salt_hex), int(iterations))
    return hmac.compare_digest(digest.hex(), digest_hex)
