import base64
import hashlib
import hmac
import os
import time

import jwt

ALGO = "pbkdf2_sha256"


def hash_password(password: str, iterations: int) -> str:
    salt = os.urandom(16)
    dk = hashlib.pbkdf2_hmac("sha256", password.encode(), salt, iterations)
    return f"{ALGO}${iterations}${b64(salt)}${b64(dk)}"


def check_password(password: str, encoded: str) -> bool:
    try:
        algo, iters, salt, want = encoded.split("$")
    except ValueError:
        return False
    if algo != ALGO:
        return False
    got = hashlib.pbkdf2_hmac("sha256", password.encode(), unb64(salt), int(iters))
    return hmac.compare_digest(got, unb64(want))


def new_token(user_id: int, secret: str, ttl_seconds: int) -> str:
    now = int(time.time())
    return jwt.encode({"sub": str(user_id), "iat": now, "exp": now + ttl_seconds}, secret, algorithm="HS256")


def parse_token(token: str, secret: str) -> tuple[int, Exception | None]:
    try:
        claims = jwt.decode(token, secret, algorithms=["HS256"], options={"require": ["exp", "sub"]})
        return int(claims["sub"]), None
    except (jwt.PyJWTError, ValueError) as e:
        return 0, e


def b64(b: bytes) -> str:
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def unb64(s: str) -> bytes:
    return base64.urlsafe_b64decode(s + "=" * (-len(s) % 4))
