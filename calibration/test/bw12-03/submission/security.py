import hashlib
import heapq
import hmac
import os
import secrets
import time

# scrypt parameters (n=2^14, r=8, p=1) -> ~16 MiB of memory per hash, makes GPU cracking expensive
N, R, P = 1 << 14, 8, 1
SALT_BYTES = 16
TOKEN_TTL = 60 * 60  # seconds


def hash_password(password: str) -> str:
    salt = os.urandom(SALT_BYTES)
    digest = hashlib.scrypt(password.encode(), salt=salt, n=N, r=R, p=P)
    return f"{salt.hex()}${digest.hex()}"


def verify_password(password: str, stored: str) -> bool:
    salt_hex, digest_hex = stored.split("$")
    digest = hashlib.scrypt(password.encode(), salt=bytes.fromhex(salt_hex), n=N, r=R, p=P)
    return hmac.compare_digest(digest.hex(), digest_hex)


class SessionStore:
    """token -> (user_id, expiry).

    Expired tokens are removed lazily with a min-heap ordered by expiry time, so
    cleanup is O(k log n) for k expired tokens instead of scanning every session.
    """

    def __init__(self, ttl: int = TOKEN_TTL) -> None:
        self.ttl = ttl
        self._sessions: dict[str, tuple[int, float]] = {}
        self._expiry_heap: list[tuple[float, str]] = []

    def create(self, user_id: int) -> str:
        self._evict_expired()
        token = secrets.token_urlsafe(32)
        expires = time.monotonic() + self.ttl
        self._sessions[token] = (user_id, expires)
        heapq.heappush(self._expiry_heap, (expires, token))
        return token

    def user_for(self, token: str) -> int | None:
        self._evict_expired()
        entry = self._sessions.get(token)
        return entry[0] if entry else None

    def _evict_expired(self) -> None:
        now = time.monotonic()
        while self._expiry_heap and self._expiry_heap[0][0] <= now:
            _, token = heapq.heappop(self._expiry_heap)
            self._sessions.pop(token, None)


sessions = SessionStore()
