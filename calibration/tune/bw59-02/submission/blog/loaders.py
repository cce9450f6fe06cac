"""Hand-rolled batch loaders (the REST equivalent of a DataLoader).

Resolving a page of N posts costs three queries no matter how big N is:
  1. the comments of all N posts            (WHERE post_id IN (...))
  2. the authors of the posts and comments  (WHERE id IN (...))
and the page query itself in the router.
"""

from collections import defaultdict
from collections.abc import Iterable, Sequence
from itertools import chain

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from blog.models import Comment, Post, User
from blog.schemas import AuthorNode, CommentNode, PostNode


async def load_authors(session: AsyncSession, user_ids: Iterable[int]) -> dict[int, AuthorNode]:
    ids = set(user_ids)
    if not ids:
        return {}
    users = await session.scalars(select(User).where(User.id.in_(ids)))
    return {user.id: AuthorNode.model_validate(user) for user in users}


async def load_comments_by_post(session: AsyncSession, post_ids: Sequence[int]) -> dict[int, list[Comment]]:
    grouped: dict[int, list[Comment]] = defaultdict(list)
    if not post_ids:
        return grouped
    comments = await session.scalars(
        select(Comment).where(Comment.post_id.in_(post_ids)).order_by(Comment.created_at, Comment.id)
    )
    for comment in comments:
        grouped[comment.post_id].append(comment)
    return grouped


def _comment_node(comment: Comment, authors: dict[int, AuthorNode]) -> CommentNode:
    return CommentNode(
        id=comment.id,
        post_id=comment.post_id,
        body=comment.body,
        created_at=comment.created_at,
        author=authors[comment.author_id],
    )


async def resolve_comments(session: AsyncSession, comments: Sequence[Comment]) -> list[CommentNode]:
    authors = await load_authors(session, (c.author_id for c in comments))
    return [_comment_node(comment, authors) for comment in comments]


async def resolve_posts(session: AsyncSession, posts: Sequence[Post]) -> list[PostNode]:
    comments_by_post = await load_comments_by_post(session, [post.id for post in posts])
    all_comments = chain.from_iterable(comments_by_post.values())
    authors = await load_authors(
        session,
        chain((post.author_id for post in posts), (comment.author_id for comment in all_comments)),
    )

    nodes: list[PostNode] = []
    for post in posts:
        comments = comments_by_post.get(post.id, [])
        nodes.append(
            PostNode(
                id=post.id,
                title=post.title,
                content=post.content,
                created_at=post.created_at,
                updated_at=post.updated_at,
                author=authors[post.author_id],
                comment_count=len(comments),
                comments=[_comment_node(comment, authors) for comment in comments],
            )
        )
    return nodes
