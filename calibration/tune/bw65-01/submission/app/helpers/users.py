import time
import uuid

import bcrypt

from app.redis_client import client


async def find_user_by_username(username):
    user_id = await client.get(f"username:{username}")
    if not user_id:
        return None
    return await client.hgetall(f"user:{user_id}")


async def create_user(username, password):
    existing = await client.get(f"username:{username}")
    if existing:
        return {"error": "Username already taken"}

    hashed = bcrypt.hashpw(password.encode(), bcrypt.gensalt(12)).decode()
    user_id = str(uuid.uuid4())
    user = {
        "id": user_id,
        "username": username,
        "password": hashed,
        "createdAt": str(int(time.time())),
    }
    await client.hset(f"user:{user_id}", mapping=user)
    await client.set(f"username:{username}", user_id)
    return user


async def check_password(user, password):
    return bcrypt.checkpw(password.encode(), user["password"].encode())
