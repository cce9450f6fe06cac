from typing import Annotated

from fastapi import APIRouter, HTTPException, Query, Response, status
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import joinedload

from app.api.deps import CurrentUser, PostDep, Session
from app.db.models import Comment, Post, User
from app.schemas import CommentIn, CommentOut, PostIn, PostOut, Problem

router = APIRouter(prefix="/posts", tags=["posts"])

_401 = {401: {"model": Problem}}
_403 = {403: {"model": Problem}}
_404 = {404: {"model": Problem}}

Limit = Annotated[int, Query(ge=1, le=100)]
Offset = Annotated[int, Query(ge=0)]


def _comment_out(c: Comment) -> CommentOut:
    return CommentOut(id=c.id, post_id=c.post_id, body=c.body, author=c.author.username)


async def _post_out(session: AsyncSession, post: Post, author: User) -> PostOut:
    comments = await session.scalars(
        select(Comment).options(joinedload(Comment.author)).where(Comment.post_id == post.id).order_by(Comment.id)
    )
    return PostOut(
        id=post.id,
        title=post.title,
        content=post.content,
        author=author.username,
        comments=[_comment_out(c) for c in comments],
    )


async def _author_of(session: AsyncSession, post: Post) -> User:
    author = await session.get(User, post.author_id)
    assert author is not None  # FK
    return author


@router.get("", response_model=list[PostOut])
async def list_posts(session: Session) -> list[PostOut]:
    posts = await session.scalars(select(Post).options(joinedload(Post.author)).order_by(Post.id.desc()))
    return [await _post_out(session, p, p.author) for p in posts]


@router.post("", response_model=PostOut, status_code=status.HTTP_201_CREATED, responses=_401)
async def create_post(body: PostIn, session: Session, user: CurrentUser) -> PostOut:
    post = Post(title=body.title, content=body.content, author_id=user.id)
    session.add(post)
    await session.commit()
    return PostOut(id=post.id, title=post.title, content=post.content, author=user.username)


@router.get("/{post_id}", response_model=PostOut, responses=_404)
async def get_post(post: PostDep, session: Session) -> PostOut:
    return await _post_out(session, post, await _author_of(session, post))


@router.put("/{post_id}", response_model=PostOut, responses={**_401, **_403, **_404})
async def update_post(body: PostIn, post: PostDep, session: Session, user: CurrentUser) -> PostOut:
    if post.author_id != user.id:
        raise HTTPException(status.HTTP_403_FORBIDDEN, "Only the author can edit this post")
    post.title, post.content = body.title, body.content
    await session.commit()
    return await _post_out(session, post, user)


@router.delete(
    "/{post_id}", status_code=status.HTTP_204_NO_CONTENT, response_class=Response, responses={**_401, **_403, **_404}
)
async def delete_post(post: PostDep, session: Session, user: CurrentUser) -> None:
    if post.author_id != user.id:
        raise HTTPException(status.HTTP_403_FORBIDDEN, "Only the author can delete this post")
    await session.delete(post)
    await session.commit()


@router.get("/{post_id}/comments", response_model=list[CommentOut], responses=_404)
async def list_comments(
    post: PostDep, session: Session, limit: Limit = 20, offset: Offset = 0
) -> list[CommentOut]:
    comments = await session.scalars(
        select(Comment)
        .options(joinedload(Comment.author))
        .where(Comment.post_id == post.id)
        .order_by(Comment.id)
        .limit(limit)
        .offset(offset)
    )
    return [_comment_out(c) for c in comments]


@router.post(
    "/{post_id}/comments", response_model=CommentOut, status_code=status.HTTP_201_CREATED, responses={**_401, **_404}
)
async def add_comment(body: CommentIn, post: PostDep, session: Session, user: CurrentUser) -> CommentOut:
    comment = Comment(post_id=post.id, author_id=user.id, body=body.body)
    session.add(comment)
    await session.commit()
    return CommentOut(id=comment.id, post_id=post.id, body=comment.body, author=user.username)
