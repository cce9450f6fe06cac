"""Publishing context: posts and comments."""

from sqlalchemy import delete, func, select
from sqlalchemy.orm import selectinload

from blog.models import Comment, Post
from blog.pipeline import pipe


# -- query building blocks ------------------------------------------------------


def paginate(query, opts):
    return query.limit(opts["limit"]).offset(opts["offset"])


def newest_first(query):
    return query.order_by(Post.inserted_at.desc(), Post.id.desc())


def oldest_first(query):
    return query.order_by(Comment.inserted_at.asc(), Comment.id.asc())


def with_author(schema):
    return lambda query: query.options(selectinload(schema.author))


# -- posts ------------------------------------------------------------------------


async def list_posts(session, opts):
    query = pipe(select(Post), with_author(Post), newest_first, lambda q: paginate(q, opts))
    total = await session.scalar(select(func.count()).select_from(Post))
    return (await session.scalars(query)).all(), total


async def get_post(session, post_id):
    query = pipe(select(Post), with_author(Post), lambda q: q.where(Post.id == post_id))
    match await session.scalar(query):
        case None:
            return ("error", "not_found")
        case post:
            return ("ok", post)


async def create_post(session, author, attrs):
    post = Post(title=attrs["title"], body=attrs["body"], author_id=author.id)
    session.add(post)
    await session.commit()
    return await get_post(session, post.id)


async def update_post(session, post_id, user, attrs):
    match await get_post(session, post_id):
        case ("ok", post) if post.author_id == user.id:
            for field in ("title", "body"):
                if field in attrs:
                    setattr(post, field, attrs[field])
            await session.commit()
            return await get_post(session, post_id)
        case ("ok", _post):
            return ("error", "forbidden")
        case error:
            return error


async def delete_post(session, post_id, user):
    match await get_post(session, post_id):
        case ("ok", post) if post.author_id == user.id:
            await session.execute(delete(Comment).where(Comment.post_id == post_id))
            await session.delete(post)
            await session.commit()
            return ("ok", post)
        case ("ok", _post):
            return ("error", "forbidden")
        case error:
            return error


# -- comments ---------------------------------------------------------------------


async def list_comments(session, post_id, opts):
    if await session.get(Post, post_id) is None:
        return ("error", "not_found")
    query = pipe(
        select(Comment),
        with_author(Comment),
        lambda q: q.where(Comment.post_id == post_id),
        oldest_first,
        lambda q: paginate(q, opts),
    )
    total = await session.scalar(
        select(func.count()).select_from(Comment).where(Comment.post_id == post_id)
    )
    return ("ok", ((await session.scalars(query)).all(), total))


async def create_comment(session, post_id, author, attrs):
    if await session.get(Post, post_id) is None:
        return ("error", "not_found")
    comment = Comment(body=attrs["body"], post_id=post_id, author_id=author.id)
    session.add(comment)
    await session.commit()
    query = pipe(select(Comment), with_author(Comment), lambda q: q.where(Comment.id == comment.id))
    return ("ok", await session.scalar(query))
