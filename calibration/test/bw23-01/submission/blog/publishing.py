"""The Publishing context: posts and their comments.

Every function takes the session and the acting user explicitly and returns
either data or a tagged tuple. Authorization lives here, next to the data,
so the web layer cannot forget it.
"""

from typing import Literal, TypedDict

from sqlalchemy import delete, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import selectinload

from blog.schema import Comment, Post, User

NotFound = tuple[Literal["error"], Literal["not_found"]]
Forbidden = tuple[Literal["error"], Literal["forbidden"]]


class PostAttrs(TypedDict):
    title: str
    content: str


class CommentAttrs(TypedDict):
    body: str


# -- posts -------------------------------------------------------------------


async def list_posts(session: AsyncSession, *, limit: int, offset: int) -> list[Post]:
    query = (
        select(Post)
        .options(selectinload(Post.author))
        .order_by(Post.id.desc())
        .limit(limit)
        .offset(offset)
    )
    return list(await session.scalars(query))


async def fetch_post(session: AsyncSession, post_id: int) -> tuple[Literal["ok"], Post] | NotFound:
    query = select(Post).options(selectinload(Post.author)).where(Post.id == post_id)
    match await session.scalar(query):
        case None:
            return ("error", "not_found")
        case post:
            return ("ok", post)


async def create_post(session: AsyncSession, author: User, attrs: PostAttrs) -> Post:
    post = Post(title=attrs["title"], content=attrs["content"], author=author)
    session.add(post)
    await session.commit()
    return post


async def update_post(
    session: AsyncSession, actor: User, post_id: int, attrs: PostAttrs
) -> tuple[Literal["ok"], Post] | NotFound | Forbidden:
    match await fetch_post(session, post_id):
        case ("ok", Post(author_id=author_id) as post) if author_id == actor.id:
            post.title = attrs["title"]
            post.content = attrs["content"]
            await session.commit()
            return ("ok", post)
        case ("ok", _):
            return ("error", "forbidden")
        case error:
            return error


async def delete_post(
    session: AsyncSession, actor: User, post_id: int
) -> tuple[Literal["ok"], None] | NotFound | Forbidden:
    match await fetch_post(session, post_id):
        case ("ok", Post(author_id=author_id) as post) if author_id == actor.id:
            # One transaction, comments first (no reliance on SQLite FK pragmas).
            await session.execute(delete(Comment).where(Comment.post_id == post.id))
            await session.delete(post)
            await session.commit()
            return ("ok", None)
        case ("ok", _):
            return ("error", "forbidden")
        case error:
            return error


# -- comments ----------------------------------------------------------------


async def _post_exists(session: AsyncSession, post_id: int) -> bool:
    return await session.scalar(select(Post.id).where(Post.id == post_id)) is not None


async def add_comment(
    session: AsyncSession, author: User, post_id: int, attrs: CommentAttrs
) -> tuple[Literal["ok"], Comment] | NotFound:
    if not await _post_exists(session, post_id):
        return ("error", "not_found")
    comment = Comment(body=attrs["body"], post_id=post_id, author=author)
    session.add(comment)
    await session.commit()
    return ("ok", comment)


async def list_comments(
    session: AsyncSession, post_id: int, *, limit: int, offset: int
) -> tuple[Literal["ok"], list[Comment]] | NotFound:
    if not await _post_exists(session, post_id):
        return ("error", "not_found")
    query = (
        select(Comment)
        .options(selectinload(Comment.author))
        .where(Comment.post_id == post_id)
        .order_by(Comment.id)
        .limit(limit)
        .offset(offset)
    )
    return ("ok", list(await session.scalars(query)))
