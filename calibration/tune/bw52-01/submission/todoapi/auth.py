"""Password hashing and tokens, stdlib only.

Passwords: scrypt with a random 16-byte salt per user. The encoded form keeps
the parameters so they can be raised later without breaking old hashes.

Tokens: "<user_id>.<expires_unix>.<hex hmac-sha256>" signed with TOKEN_SECRET.
Sent as "Authorization: Bearer <token>".
"""
import hashlib
import hmac
import os
import time

SCRYPT_N = 2**14
SCRYPT_R = 8
SCRYPT_P = 1
SCRYPT_DKLEN = 32


def hash_password(password: str) -> str:
    salt = os.urandom(16)
    dk = hashlib.scrypt(
        password.encode("utf-8"), salt=salt, n=SCRYPT_N, r=SCRYPT_R, p=SCRYPT_P, dklen=SCRYPT_DKLEN
    )
    return f"scrypt${SCRYPT_N}${SCRYPT_R}${SCRYPT_P}${salt.hex()}${dk.hex()}"


def verify_password(password: str, encoded: str) -> bool:
    parts = encoded.split("$")
    if len(parts) != 6 or parts[0] != "scrypt":
        return False
    try:
        n, r, p = int(parts[1]), int(parts[2]), int(parts[3])
        salt = bytes.fromhex(parts[4])
        want = bytes.fromhex(parts[5])
    except ValueError:
        return False
    got = hashlib.scrypt(password.encode("utf-8"), salt=salt, n=n, r=r, p=p, dklen=len(want))
    return hmac.compare_digest(got, want)


def _sign(secret: bytes, payload: str) -> str:
    return hmac.new(secret, payload.encode("utf-8"), hashlib.sha256).hexdigest()


def issue_token(user_id: int, secret: bytes, ttl_seconds: int, now: float | None = None) -> str:
    if now is None:
        now = time.time()
    payload = f"{user_id}.{int(now) + ttl_seconds}"
    return f"{payload}.{_sign(secret, payload)}"


def parse_token(token: str, secret: bytes, now: float | None = None) -> tuple[int | None, str | None]:
    """Returns (user_id, None) on success or (None, reason) on failure."""
    parts = token.split(".")
    if len(parts) != 3:
        return None, "malformed token"
    uid_raw, exp_raw, sig = parts

    if sig != _sign(secret, f"{uid_raw}.{exp_raw}"):
        return None, "invalid token signature"

    try:
        user_id = int(uid_raw)
        expires = int(exp_raw)
    except ValueError:
        return None, "malformed token"

    if now is None:
        now = time.time()
    if expires <= int(now):
        return None, "token expired"
    return user_id, None
