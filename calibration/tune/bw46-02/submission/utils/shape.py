"""Helpers to turn db rows into the JSON shape the UI wants."""


def get_initials(username):
    parts = username.replace("_", " ").replace("-", " ").split()
    if not parts:
        return "?"
    if len(parts) == 1:
        return parts[0][:2].upper()
    return (parts[0][0] + parts[1][0]).upper()


def format_author(user):
    return {
        "id": user.id,
        "username": user.username,
        "avatarColor": user.avatar_color,
        "initials": get_initials(user.username),
    }


def make_excerpt(content, length=140):
    if len(content) <= length:
        return content
    return content[:length].rsplit(" ", 1)[0] + "..."


def format_comment(comment, author):
    return {
        "id": comment.id,
        "content": comment.content,
        "createdAt": comment.created_at,
        "author": format_author(author),
    }


def format_post(post, author, comments):
    return {
        "id": post.id,
        "title": post.title,
        "content": post.content,
        "excerpt": make_excerpt(post.content),
        "createdAt": post.created_at,
        "updatedAt": post.updated_at,
        "author": format_author(author),
        "commentCount": len(comments),
        "isEdited": post.updated_at is not None,
    }
