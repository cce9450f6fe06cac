import time
from collections import defaultdict, deque

import jwt
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerifyMismatchError, VerificationError

from . import config

_ph = PasswordHasher()  # argon2id, library defaults (t=3, m=64MiB, p=4)

# used so that "unknown user" and "wrong password" take the same time -> no username enumeration
_DUMMY_HASH = _ph.hash("not-a-real-password-just-timing")


def hash_password(pw: str) -> str:
    return _ph.hash(pw)


def verify_password(pw_hash: str | None, pw: str) -> bool:
    try:
        return _ph.verify(pw_hash or _DUMMY_HASH, pw) and pw_hash is not None
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


def issue_token(user_id: int) -> str:
    now = int(time.time())
    claims = {
        "sub": str(user_id),
        "iat": now,
        "nbf": now,
        "exp": now + config.JWT_TTL_SECONDS,
        "iss": config.JWT_ISSUER,
    }
    return jwt.encode(claims, config.JWT_SECRET, algorithm=config.JWT_ALG)


def read_token(token: str) -> int | None:
    try:
        claims = jwt.decode(
            token,
            config.JWT_SECRET,
            algorithms=[config.JWT_ALG],  # pinned: no "none", no RS/HS confusion
            issuer=config.JWT_ISSUER,
            options={"require": ["exp", "iat", "sub", "iss"]},
        )
    except jwt.PyJWTError:
        return None
    sub = claims.get("sub")
    if not isinstance(sub, str) or not sub.isdigit():
        return None
    return int(sub)


class LoginThrottle:
    """Very small sliding-window limiter keyed on (ip, username)."""

    def __init__(self, max_attempts: int, window: int):
        self.max = max_attempts
        self.window = window
        self.hits: dict[str, deque] = defaultdict(deque)

    def blocked(self, key: str) -> bool:
        now = time.monotonic()
        q = self.hits[key]
        while q and now - q[0] > self.window:
            q.popleft()
        return len(q) >= self.max

    def fail(self, key: str) -> None:
        self.hits[key].append(time.monotonic())

    def reset(self, key: str) -> None:
        self.hits.pop(key, None)


throttle = LoginThrottle(config.LOGIN_MAX_ATTEMPTS, config.LOGIN_WINDOW_SECONDS)
