from datetime import datetime, timezone

from app.helpers.users import get_username


def _now():
    return datetime.now(timezone.utc).isoformat()


async def get_post(r, post_id):
    data = await r.hgetall(f"post:{post_id}")
    if not data:
        return None

    username = await get_username(r, data["author_id"])
    comment_count = await r.llen(f"post:{post_id}:comments")
    return {
        "id": int(data["id"]),
        "title": data["title"],
        "content": data["content"],
        "author": {"id": int(data["author_id"]), "username": username},
        "comment_count": comment_count,
        "created_at": data["created_at"],
        "updated_at": data.get("updated_at") or None,
    }


async def list_posts(r, limit, offset):
    ids = await r.lrange("posts:all", 0, -1)
    page_ids = ids[offset : offset + limit]

    posts = []
    for post_id in page_ids:
        post = await get_post(r, post_id)
        if post:
            posts.append(post)
    return {"items": posts, "total": len(ids), "limit": limit, "offset": offset}


async def create_post(r, author_id, title, content):
    post_id = await r.incr("posts:next_id")
    await r.hset(
        f"post:{post_id}",
        mapping={
            "id": post_id,
            "author_id": author_id,
            "title": title,
            "content": content,
            "created_at": _now(),
            "updated_at": "",
        },
    )
    await r.lpush("posts:all", post_id)
    return await get_post(r, post_id)


async def update_post(r, post_id, data):
    fields = {"updated_at": _now()}
    if "title" in data:
        fields["title"] = data["title"]
    if "content" in data:
        fields["content"] = data["content"]
    await r.hset(f"post:{post_id}", mapping=fields)
    return await get_post(r, post_id)


async def delete_post(r, post_id):
    await r.delete(f"post:{post_id}", f"post:{post_id}:comments")
    await r.lrem("posts:all", 0, post_id)


async def post_exists(r, post_id):
    return await r.exists(f"post:{post_id}") == 1
