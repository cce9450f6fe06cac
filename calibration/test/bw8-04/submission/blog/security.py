"""
Password hashing and access tokens. Standard library only.

Password hash format (one string, stored in users.password_hash):
    pbkdf2_sha256$<iterations>$<salt hex>$<hash hex>

Access token format (sent as "Authorization: Bearer <token>"):
    <base64url(payload)>.<base64url(HMAC-SHA256(secret, payload))>
    payload = b"v1:<user_id>:<expires unix time>"

The signature is checked (constant time) before the payload is parsed.
"""
import base64
import binascii
import hashlib
import hmac
import secrets
import time

from blog import config

_HASH_ALGO = "pbkdf2_sha256"
_TOKEN_VERSION = "v1"


# --------------------------------------------------------------------------- passwords

def hash_password(password: str, iterations: int | None = None) -> str:
    n_iter = iterations if iterations is not None else config.PBKDF2_ITERATIONS
    salt = secrets.token_bytes(config.PBKDF2_SALT_BYTES)
    digest = hashlib.pbkdf2_hmac("sha256", password.encode("utf-8"), salt, n_iter)
    return f"{_HASH_ALGO}${n_iter}${salt.hex()}${digest.hex()}"


def verify_password(password: str, stored: str) -> bool:
    parts = stored.split("$")
    if len(parts) != 4 or parts[0] != _HASH_ALGO:
        return False
    try:
        n_iter = int(parts[1])
        salt = bytes.fromhex(parts[2])
        expected = bytes.fromhex(parts[3])
    except ValueError:
        return False
    if n_iter <= 0:
        return False
    # iteration count is read from the stored hash, so old hashes keep working
    # if PBKDF2_ITERATIONS is raised later
    digest = hashlib.pbkdf2_hmac("sha256", password.encode("utf-8"), salt, n_iter)
    return hmac.compare_digest(digest, expected)


# --------------------------------------------------------------------------- tokens

def _b64e(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def _b64d(text: str) -> bytes:
    pad = "=" * (-len(text) % 4)
    return base64.urlsafe_b64decode(text + pad)


def _sign(payload: bytes) -> bytes:
    return hmac.new(config.TOKEN_SECRET, payload, hashlib.sha256).digest()


def issue_token(user_id: int, now: int | None = None) -> str:
    t = int(time.time()) if now is None else now
    expires = t + config.TOKEN_TTL_SECONDS
    payload = f"{_TOKEN_VERSION}:{user_id}:{expires}".encode("ascii")
    return _b64e(payload) + "." + _b64e(_sign(payload))


def verify_token(token: str, now: int | None = None) -> int | None:
    """Return the user id if the token is authentic and not expired, else None."""
    if not token or len(token) > config.TOKEN_MAX_LEN:
        return None
    parts = token.split(".")
    if len(parts) != 2:
        return None
    try:
        payload = _b64d(parts[0])
        signature = _b64d(parts[1])
    except (binascii.Error, ValueError):
        return None

    if not hmac.compare_digest(signature, _sign(payload)):
        return None

    # authentic from here on; still parse carefully
    try:
        fields = payload.decode("ascii").split(":")
    except UnicodeDecodeError:
        return None
    if len(fields) != 3 or fields[0] != _TOKEN_VERSION:
        return None
    if not (fields[1].isdigit() and fields[2].isdigit()):
        return None
    user_id = int(fields[1])
    expires = int(fields[2])

    t = int(time.time()) if now is None else now
    if t >= expires:
        return None
    return user_id
