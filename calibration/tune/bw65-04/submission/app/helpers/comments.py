import json
from datetime import datetime, timezone


async def add_comment(r, post_id, user, content):
    comment_id = await r.incr("comments:next_id")
    comment = {
        "id": comment_id,
        "post_id": post_id,
        "content": content,
        "author": {"id": user["id"], "username": user["username"]},
        "created_at": datetime.now(timezone.utc).isoformat(),
    }
    await r.rpush(f"post:{post_id}:comments", json.dumps(comment))
    return comment


async def list_comments(r, post_id, limit, offset):
    raw = await r.lrange(f"post:{post_id}:comments", 0, -1)
    comments = [json.loads(c) for c in raw]
    return {
        "items": comments[offset : offset + limit],
        "total": len(comments),
        "limit": limit,
        "offset": offset,
    }
