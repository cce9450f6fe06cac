"""Fixed-budget sliding-window rate limiting, in process.

Good enough for a single worker. With several workers/instances this has to
move to Redis (same algorithm, sorted set per key).
"""
import math
import time
from collections import deque
from collections.abc import Awaitable, Callable

from fastapi import HTTPException, Request, status

_MAX_TRACKED_KEYS = 50_000


class SlidingWindowLimiter:
    def __init__(self, limit: int, window_seconds: float) -> None:
        self.limit = limit
        self.window = window_seconds
        self._hits: dict[str, deque[float]] = {}

    def hit(self, key: str, now: float | None = None) -> float | None:
        """Record a hit. Returns None if allowed, else seconds until a slot frees up."""
        now = time.monotonic() if now is None else now
        cutoff = now - self.window
        hits = self._hits.setdefault(key, deque())
        while hits and hits[0] <= cutoff:
            hits.popleft()
        if len(hits) >= self.limit:
            return hits[0] + self.window - now
        hits.append(now)
        if len(self._hits) > _MAX_TRACKED_KEYS:
            self._evict(cutoff)
        return None

    def _evict(self, cutoff: float) -> None:
        stale = [k for k, q in self._hits.items() if not q or q[-1] <= cutoff]
        for k in stale:
            del self._hits[k]

    def reset(self) -> None:
        self._hits.clear()


_limiters: list[SlidingWindowLimiter] = []


def client_key(request: Request) -> str:
    # Deliberately not X-Forwarded-For: it is client-controlled unless a trusted
    # proxy rewrites it (configure uvicorn --proxy-headers for that case).
    return request.client.host if request.client else "unknown"


def rate_limit(scope: str, limit: int, window_seconds: float) -> Callable[[Request], Awaitable[None]]:
    limiter = SlidingWindowLimiter(limit, window_seconds)
    _limiters.append(limiter)

    async def dependency(request: Request) -> None:
        retry_after = limiter.hit(f"{scope}:{client_key(request)}")
        if retry_after is not None:
            raise HTTPException(
                status_code=status.HTTP_429_TOO_MANY_REQUESTS,
                detail="Too many requests",
                headers={"Retry-After": str(max(1, math.ceil(retry_after)))},
            )

    return dependency


def reset_all() -> None:
    for limiter in _limiters:
        limiter.reset()
