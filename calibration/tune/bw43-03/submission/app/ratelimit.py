"""Per-(client, username) sliding window for failed logins. In-process only: behind several
workers or hosts this must move to Redis, see README."""
from __future__ import annotations

import time
from collections import deque


class LoginLimiter:
    def __init__(self, max_attempts: int, window_seconds: int) -> None:
        self.max_attempts = max_attempts
        self.window_seconds = window_seconds
        self._failures: dict[str, deque[float]] = {}

    def _prune(self, key: str, now: float) -> deque[float]:
        q = self._failures.setdefault(key, deque())
        while q and now - q[0] > self.window_seconds:
            q.popleft()
        return q

    def blocked(self, key: str) -> bool:
        q = self._prune(key, time.monotonic())
        if not q:
            self._failures.pop(key, None)
            return False
        return len(q) >= self.max_attempts

    def fail(self, key: str) -> None:
        self._prune(key, time.monotonic()).append(time.monotonic())

    def reset(self, key: str | None = None) -> None:
        if key is None:
            self._failures.clear()
        else:
            self._failures.pop(key, None)
