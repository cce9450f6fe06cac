"""User storage. Plain typed dicts in and out; the routers decide what is exposed."""
from datetime import datetime, timezone
from typing import TypedDict
from uuid import uuid4

from redis.asyncio import Redis


class UserRecord(TypedDict):
    id: str
    username: str
    password_hash: str
    created_at: str


def _username_key(username: str) -> str:
    return f"username:{username.lower()}"


def _user_key(user_id: str) -> str:
    return f"user:{user_id}"


async def create_user(r: Redis, username: str, password_hash: str) -> UserRecord | None:
    """Returns None if the username is already taken."""
    user_id = uuid4().hex
    # SET NX is atomic, so two concurrent signups for the same name cannot both succeed
    claimed = await r.set(_username_key(username), user_id, nx=True)
    if not claimed:
        return None

    record: UserRecord = {
        "id": user_id,
        "username": username,
        "password_hash": password_hash,
        "created_at": datetime.now(timezone.utc).isoformat(),
    }
    await r.hset(_user_key(user_id), mapping=dict(record))
    return record


async def get_user(r: Redis, user_id: str) -> UserRecord | None:
    raw = await r.hgetall(_user_key(user_id))
    if not raw:
        return None
    return {
        "id": raw["id"],
        "username": raw["username"],
        "password_hash": raw["password_hash"],
        "created_at": raw["created_at"],
    }


async def get_user_by_username(r: Redis, username: str) -> UserRecord | None:
    user_id = await r.get(_username_key(username))
    if user_id is None:
        return None
    return await get_user(r, user_id)
