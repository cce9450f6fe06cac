"""Redis helpers: token revocation list and fixed-window rate limiting."""

from fastapi import HTTPException, Request, status
from redis.asyncio import Redis


async def get_redis(request: Request) -> Redis:
    return request.app.state.redis


def _revoked_key(jti: str) -> str:
    return f"inkwell:revoked:{jti}"


async def revoke_token(redis: Redis, jti: str, ttl_seconds: int) -> None:
    await redis.set(_revoked_key(jti), "1", ex=ttl_seconds)


async def is_revoked(redis: Redis, jti: str) -> bool:
    return bool(await redis.exists(_revoked_key(jti)))


async def enforce_rate_limit(redis: Redis, bucket: str, limit: int, window_seconds: int) -> None:
    """Fixed window counter. Raises 429 once `limit` hits land in the current window."""
    key = f"inkwell:rl:{bucket}"
    count = await redis.incr(key)
    if count == 1:
        await redis.expire(key, window_seconds)
    if count > limit:
        retry_after = await redis.ttl(key)
        raise HTTPException(
            status_code=status.HTTP_429_TOO_MANY_REQUESTS,
            detail="Too many attempts, slow down",
            headers={"Retry-After": str(max(retry_after, 1))},
        )


def client_ip(request: Request) -> str:
    return request.client.host if request.client else "unknown"
