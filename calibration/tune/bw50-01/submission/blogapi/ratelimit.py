"""Failed-login throttling (per client address + username)."""

from __future__ import annotations

import threading
import time

from blogapi.config import get_settings

_failures: list[tuple[str, float]] = []
_lock = threading.Lock()


def record_failure(key: str) -> None:
    with _lock:
        _failures.append((key, time.monotonic()))


def is_locked_out(key: str) -> bool:
    settings = get_settings()
    cutoff = time.monotonic() - settings.login_window_seconds
    with _lock:
        recent = [ts for failed_key, ts in _failures if failed_key == key and ts >= cutoff]
    return len(recent) >= settings.login_max_attempts


def reset() -> None:
    with _lock:
        _failures.clear()
