import redis.asyncio as redis

from app.config import REDIS_URL

# one shared client for the whole app (like a module singleton in node)
client = redis.from_url(REDIS_URL, decode_responses=True)


def get_client():
    return client
