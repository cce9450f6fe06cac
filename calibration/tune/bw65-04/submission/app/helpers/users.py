from app.security import check_password, hash_password


async def create_user(r, username, password):
    if await r.exists(f"username:{username}"):
        return None

    password_hash = await hash_password(password)
    user_id = await r.incr("users:next_id")
    await r.hset(
        f"user:{user_id}",
        mapping={"id": user_id, "username": username, "password_hash": password_hash},
    )
    await r.set(f"username:{username}", user_id)
    return {"id": user_id, "username": username}


async def authenticate(r, username, password):
    user_id = await r.get(f"username:{username}")
    if not user_id:
        return None
    user = await r.hgetall(f"user:{user_id}")
    if not user or not await check_password(password, user["password_hash"]):
        return None
    return {"id": int(user["id"]), "username": user["username"]}


async def get_username(r, user_id):
    return await r.hget(f"user:{user_id}", "username")
