from datetime import datetime, timezone

from sqlalchemy import select

from blog.models import Comment, Post, User


async def get_user_by_username(db, username):
    if not username:
        return None
    res = await db.execute(select(User).where(User.username == username))
    return res.scalar_one_or_none()


async def create_user(db, username, password_hash):
    user = User(username=username, password_hash=password_hash)
    db.add(user)
    await db.commit()
    return user


async def list_posts(db, limit, offset):
    res = await db.execute(
        select(Post).order_by(Post.created_at.desc(), Post.id.desc()).limit(limit).offset(offset)
    )
    return res.scalars().all()


async def get_post(db, post_id):
    res = await db.execute(select(Post).where(Post.id == post_id))
    return res.scalar_one_or_none()


async def create_post(db, author, title, content):
    post = Post(title=title, content=content, author_id=author.id, author=author)
    db.add(post)
    await db.commit()
    return post


async def update_post(db, post, changes):
    for k, v in changes.items():
        setattr(post, k, v)
    post.updated_at = datetime.now(timezone.utc)
    await db.commit()
    return post


async def delete_post(db, post):
    await db.delete(post)
    await db.commit()


async def list_comments(db, post_id, limit, offset):
    res = await db.execute(
        select(Comment)
        .where(Comment.post_id == post_id)
        .order_by(Comment.id)
        .limit(limit)
        .offset(offset)
    )
    return res.scalars().all()


async def add_comment(db, post_id, author, content):
    comment = Comment(post_id=post_id, author_id=author.id, author=author, content=content)
    db.add(comment)
    await db.commit()
    return comment


def post_to_dict(post):
    return {
        "id": post.id,
        "title": post.title,
        "content": post.content,
        "author": post.author.username,
        "created_at": post.created_at,
        "updated_at": post.updated_at,
    }


def comment_to_dict(c):
    return {
        "id": c.id,
        "post_id": c.post_id,
        "content": c.content,
        "author": c.author.username,
        "created_at": c.created_at,
    }
