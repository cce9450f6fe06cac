import time
from collections import defaultdict

from fastapi import HTTPException, Request, status

from app.config import settings

# client id -> timestamps of recent requests
_requests: dict[str, list[float]] = defaultdict(list)


def get_client_id(request: Request) -> str:
    forwarded = request.headers.get("X-Forwarded-For")
    if forwarded:
        return forwarded.split(",")[0].strip()
    if request.client is None:
        return "unknown"
    return request.client.host


async def rate_limiter(request: Request) -> None:
    """Sliding-window rate limit applied to every route.

    Clients that go over the limit are slowed down by a penalty delay and then
    get a 429, so scripts hammering the API back off.
    """
    client_id = get_client_id(request)
    now = time.time()
    window_start = now - settings.RATE_LIMIT_WINDOW_SECONDS

    recent = [t for t in _requests[client_id] if t > window_start]
    _requests[client_id] = recent

    if len(recent) >= settings.RATE_LIMIT_REQUESTS:
        time.sleep(settings.RATE_LIMIT_PENALTY_SECONDS)
        raise HTTPException(
            status_code=status.HTTP_429_TOO_MANY_REQUESTS,
            detail="Too many requests, slow down",
            headers={"Retry-After": str(settings.RATE_LIMIT_WINDOW_SECONDS)},
        )

    recent.append(now)


def reset_rate_limiter() -> None:
    _requests.clear()
