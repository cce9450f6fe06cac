import hashlib
import hmac
import os
import secrets
import time

# OWASP recommendation for PBKDF2-HMAC-SHA256. Tests lower it via env.
ITERATIONS = int(os.environ.get("PBKDF2_ITERATIONS", "600000"))
TOKEN_TTL_SECONDS = int(os.environ.get("TOKEN_TTL_SECONDS", "86400"))


def hash_password(password: str) -> str:
    salt = secrets.token_bytes(16)
    dk = hashlib.pbkdf2_hmac("sha256", password.encode(), salt, ITERATIONS)
    return f"pbkdf2_sha256${ITERATIONS}${salt.hex()}${dk.hex()}"


def check_password(password: str, encoded: str) -> bool:
    parts = encoded.split("$")
    if len(parts) != 4 or parts[0] != "pbkdf2_sha256":
        return False
    iterations = int(parts[1])
    salt = bytes.fromhex(parts[2])
    dk = hashlib.pbkdf2_hmac("sha256", password.encode(), salt, iterations)
    return hmac.compare_digest(dk.hex(), parts[3])


def new_token() -> tuple[str, int]:
    """Returns an opaque random token and its unix expiry time."""
    return secrets.token_urlsafe(32), int(time.time()) + TOKEN_TTL_SECONDS
