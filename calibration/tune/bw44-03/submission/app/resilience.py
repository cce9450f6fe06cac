"""Retry / timeout primitives. Every DB call goes through these."""
import functools
import logging
import random
import time
from typing import Awaitable, Callable, ParamSpec, TypeVar

from sqlalchemy.exc import DBAPIError, OperationalError

from app.config import get_settings
from app.observability import DB_RETRIES

log = logging.getLogger(__name__)

P = ParamSpec("P")
T = TypeVar("T")

RETRYABLE = (OperationalError, DBAPIError, ConnectionError, TimeoutError)


def with_retries(op: str) -> Callable[[Callable[P, Awaitable[T]]], Callable[P, Awaitable[T]]]:
    """Exponential backoff with full jitter for transient DB failures."""
    settings = get_settings()

    def decorator(fn: Callable[P, Awaitable[T]]) -> Callable[P, Awaitable[T]]:
        @functools.wraps(fn)
        async def wrapper(*args: P.args, **kwargs: P.kwargs) -> T:
            attempts = settings.db_retry_attempts
            for attempt in range(1, attempts + 1):
                try:
                    return await fn(*args, **kwargs)
                except RETRYABLE as exc:
                    if attempt == attempts:
                        log.error("op=%s giving up after %d attempts: %s", op, attempt, exc)
                        raise
                    delay = random.uniform(0, settings.db_retry_base_delay_seconds * 2 ** attempt)
                    DB_RETRIES.labels(op=op).inc()
                    log.warning("op=%s attempt=%d failed (%s), retrying in %.3fs", op, attempt, exc, delay)
                    time.sleep(delay)
            raise RuntimeError("unreachable")

        return wrapper

    return decorator
