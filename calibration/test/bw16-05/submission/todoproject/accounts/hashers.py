"""PBKDF2-SHA256 password hashing in Django's storage format (stdlib only)."""

import base64
import hashlib
import hmac
import secrets

ALGORITHM = "pbkdf2_sha256"


def _pbkdf2(password: str, salt: str, iterations: int) -> str:
    dk = hashlib.pbkdf2_hmac("sha256", password.encode(), salt.encode(), iterations)
    return base64.b64encode(dk).decode("ascii")


def make_password(password: str, iterations: int) -> str:
    salt = secrets.token_urlsafe(16)
    return f"{ALGORITHM}${iterations}${salt}${_pbkdf2(password, salt, iterations)}"


def check_password(password: str, encoded: str) -> bool:
    try:
        algorithm, iterations, salt, expected = encoded.split("$", 3)
    except ValueError:
        return False
    if algorithm != ALGORITHM:
        return False
    return hmac.compare_digest(_pbkdf2(password, salt, int(iterations)), expected)
