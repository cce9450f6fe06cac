"""The Blog context: posts and their comments."""
from collections.abc import Sequence
from typing import TypedDict

from sqlalchemy import delete, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import selectinload

from blog_api.accounts.user import User
from blog_api.blog.comment import Comment
from blog_api.blog.post import Post
from blog_api.repo import utcnow
from blog_api.result import Err, Forbidden, NotFound, Ok, Result

__all__ = [
    "Comment",
    "CommentAttrs",
    "Post",
    "PostAttrs",
    "PostChanges",
    "create_comment",
    "create_post",
    "delete_post",
    "fetch_post",
    "list_comments",
    "list_posts",
    "update_post",
]


class PostAttrs(TypedDict):
    title: str
    content: str


class PostChanges(TypedDict, total=False):
    title: str
    content: str


class CommentAttrs(TypedDict):
    content: str


# -- posts -------------------------------------------------------------------------------------


async def list_posts(session: AsyncSession, *, limit: int, offset: int) -> Sequence[Post]:
    query = (
        select(Post)
        .options(selectinload(Post.author))
        .order_by(Post.inserted_at.desc(), Post.id.desc())
        .limit(limit)
        .offset(offset)
    )
    return (await session.scalars(query)).all()


async def fetch_post(session: AsyncSession, post_id: int) -> Result[Post, NotFound]:
    query = select(Post).options(selectinload(Post.author)).where(Post.id == post_id)
    match await session.scalar(query):
        case Post() as post:
            return Ok(post)
        case None:
            return Err("not_found")


async def create_post(session: AsyncSession, author: User, attrs: PostAttrs) -> Post:
    post = Post(title=attrs["title"], content=attrs["content"], author=author)
    session.add(post)
    await session.commit()
    return post


async def update_post(
    session: AsyncSession, post_id: int, user: User, changes: PostChanges
) -> Result[Post, NotFound | Forbidden]:
    match await fetch_post(session, post_id):
        case Err() as error:
            return error
        case Ok(post) if post.author_id != user.id:
            return Err("forbidden")
        case Ok(post):
            if changes:
                for field, value in changes.items():
                    setattr(post, field, value)
                post.updated_at = utcnow()
                await session.commit()
            return Ok(post)


async def delete_post(
    session: AsyncSession, post_id: int, user: User
) -> Result[None, NotFound | Forbidden]:
    match await session.get(Post, post_id):
        case None:
            return Err("not_found")
        case Post() as post if post.author_id != user.id:
            return Err("forbidden")
        case Post() as post:
            # explicit rather than relying on ON DELETE CASCADE (SQLite ignores it by default)
            await session.execute(delete(Comment).where(Comment.post_id == post.id))
            await session.delete(post)
            await session.commit()
            return Ok(None)


# -- comments ----------------------------------------------------------------------------------


async def list_comments(
    session: AsyncSession, post_id: int, *, limit: int, offset: int
) -> Result[Sequence[Comment], NotFound]:
    if await session.get(Post, post_id) is None:
        return Err("not_found")
    query = (
        select(Comment)
        .options(selectinload(Comment.author))
        .where(Comment.post_id == post_id)
        .order_by(Comment.inserted_at.asc(), Comment.id.asc())
        .limit(limit)
        .offset(offset)
    )
    return Ok((await session.scalars(query)).all())


async def create_comment(
    session: AsyncSession, post_id: int, author: User, attrs: CommentAttrs
) -> Result[Comment, NotFound]:
    if await session.get(Post, post_id) is None:
        return Err("not_found")
    comment = Comment(post_id=post_id, author=author, content=attrs["content"])
    session.add(comment)
    await session.commit()
    return Ok(comment)
