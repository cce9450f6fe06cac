def serialize_user(row):
    return {"id": row["id"], "username": row["username"], "created_at": row["created_at"]}


def serialize_post(row, author, comment_count=0):
    return {
        "id": row["id"],
        "title": row["title"],
        "content": row["content"],
        "author": {"id": author["id"], "username": author["username"]} if author else None,
        "comment_count": comment_count,
        "created_at": row["created_at"],
        "updated_at": row["updated_at"],
    }


def serialize_comment(row):
    return {
        "id": row["id"],
        "post_id": row["post_id"],
        "text": row["text"],
        "author": {"id": row["author_id"], "username": row["username"]},
        "created_at": row["created_at"],
    }
