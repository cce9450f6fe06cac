from datetime import UTC, datetime

from fastapi import APIRouter, Depends, HTTPException, Response, status
from sqlalchemy import delete, select
from sqlalchemy.orm import selectinload

from app.db import Comment, Post
from app.deps import CurrentUser, Limit, Offset, Session, write_limit
from app.schemas import CommentCreate, CommentOut, PostCreate, PostOut, PostUpdate, UserPublic

router = APIRouter(prefix="/posts", tags=["posts"])


async def _load_post(session: Session, post_id: int) -> Post:
    post = await session.scalar(
        select(Post).options(selectinload(Post.author)).where(Post.id == post_id)
    )
    if post is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "Post not found")
    return post


def _ensure_author(post: Post, user_id: int) -> None:
    if post.author_id != user_id:
        raise HTTPException(status.HTTP_403_FORBIDDEN, "Only the author can modify this post")


@router.get("")
async def list_posts(session: Session, limit: Limit = 20, offset: Offset = 0) -> list[PostOut]:
    rows = await session.scalars(
        select(Post)
        .options(selectinload(Post.author))
        .order_by(Post.id.desc())
        .limit(limit)
        .offset(offset)
    )
    return [PostOut.model_validate(p) for p in rows]


@router.get("/{post_id}")
async def get_post(post_id: int, session: Session) -> PostOut:
    return PostOut.model_validate(await _load_post(session, post_id))


@router.post("", status_code=status.HTTP_201_CREATED, dependencies=[Depends(write_limit)])
async def create_post(payload: PostCreate, user: CurrentUser, session: Session) -> PostOut:
    post = Post(title=payload.title, content=payload.content, author_id=user.id)
    session.add(post)
    await session.commit()
    return PostOut(
        id=post.id,
        title=post.title,
        content=post.content,
        author=UserPublic.model_validate(user),
        created_at=post.created_at,
        updated_at=post.updated_at,
    )


@router.patch("/{post_id}", dependencies=[Depends(write_limit)])
async def update_post(post_id: int, payload: PostUpdate, user: CurrentUser, session: Session) -> PostOut:
    post = await _load_post(session, post_id)
    _ensure_author(post, user.id)
    if payload.title is not None:
        post.title = payload.title
    if payload.content is not None:
        post.content = payload.content
    post.updated_at = datetime.now(UTC)
    await session.commit()
    return PostOut.model_validate(post)


@router.delete(
    "/{post_id}",
    status_code=status.HTTP_204_NO_CONTENT,
    response_class=Response,
    dependencies=[Depends(write_limit)],
)
async def delete_post(post_id: int, user: CurrentUser, session: Session) -> None:
    post = await _load_post(session, post_id)
    _ensure_author(post, user.id)
    await session.execute(delete(Comment).where(Comment.post_id == post.id))
    await session.delete(post)
    await session.commit()


@router.get("/{post_id}/comments")
async def list_comments(
    post_id: int, session: Session, limit: Limit = 50, offset: Offset = 0
) -> list[CommentOut]:
    if await session.get(Post, post_id) is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "Post not found")
    rows = await session.scalars(
        select(Comment)
        .options(selectinload(Comment.author))
        .where(Comment.post_id == post_id)
        .order_by(Comment.id)
        .limit(limit)
        .offset(offset)
    )
    return [CommentOut.model_validate(c) for c in rows]


@router.post(
    "/{post_id}/comments",
    status_code=status.HTTP_201_CREATED,
    dependencies=[Depends(write_limit)],
)
async def create_comment(
    post_id: int, payload: CommentCreate, user: CurrentUser, session: Session
) -> CommentOut:
    if await session.get(Post, post_id) is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "Post not found")
    comment = Comment(post_id=post_id, author_id=user.id, body=payload.body)
    session.add(comment)
    await session.commit()
    return CommentOut(
        id=comment.id,
        post_id=comment.post_id,
        body=comment.body,
        author=UserPublic.model_validate(user),
        created_at=comment.created_at,
    )
