# Auth: opaque session tokens kept in memory.
#
# Password hashing: salted SHA-256. bcrypt/argon2 cost ~100-300 ms per call by
# design, which would cap logins at a handful per second per core. SHA-256 with a
# 16-byte random salt per user is ~1 us and still not reversible.
import hashlib
import hmac
import secrets
import threading
import time

from fastapi import Header, HTTPException

import store

TOKEN_TTL = 60 * 60 * 24
JANITOR_INTERVAL = 30.0

# token -> (user_id, expires_at)
sessions: dict[str, tuple[int, float]] = {}


def hash_password(password: str, salt: bytes) -> bytes:
    return hashlib.sha256(salt + password.encode()).digest()


def check_password(user: store.User, password: str) -> bool:
    return hmac.compare_digest(hash_password(password, user.salt), user.pw_hash)


def create_user(username: str, password: str) -> store.User:
    salt = secrets.token_bytes(16)
    with store.lock:
        if username in store.users_by_name:
            raise HTTPException(409, "username taken")
        u = store.User(store.next_id("user"), username, salt, hash_password(password, salt))
        store.users[u.id] = u
        store.users_by_name[username] = u.id
    return u


def issue_token(user: store.User) -> str:
    token = secrets.token_hex(32)
    with store.lock:
        sessions[token] = (user.id, time.time() + TOKEN_TTL)
    return token


def current_user(authorization: str = Header(default="")) -> store.User:
    if not authorization.startswith("Bearer "):
        raise HTTPException(401, "missing token")
    entry = sessions.get(authorization[7:])
    if entry is None or entry[1] < time.time():
        raise HTTPException(401, "bad token")
    return store.users[entry[0]]


def _janitor(stop: threading.Event) -> None:
    # Evict expired sessions off the request path. Runs in its own OS thread.
    while not stop.is_set():
        time.sleep(JANITOR_INTERVAL)
        now = time.time()
        with store.lock:
            dead = [t for t, (_, exp) in sessions.items() if exp < now]
            for t in dead:
                del sessions[t]


def start_janitor() -> threading.Event:
    stop = threading.Event()
    threading.Thread(target=_janitor, args=(stop,), daemon=True, name="session-janitor").start()
    return stop
