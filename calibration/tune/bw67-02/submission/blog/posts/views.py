from fastapi import APIRouter, Depends, HTTPException, Query, Response
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from blog.db import get_session
from blog.posts.models import Comment, Post
from blog.posts.schemas import AuthorOut, CommentIn, CommentOut, PostIn, PostOut, PostUpdate
from blog.settings import settings
from blog.users.auth import get_current_user
from blog.users.models import User

router = APIRouter(prefix="/api/posts", tags=["posts"])

PERMISSION_DENIED = "You do not have permission to perform this action."


async def serialize_post(session: AsyncSession, post: Post) -> PostOut:
    author = await session.get(User, post.author_id)
    comment_count = await session.scalar(
        select(func.count(Comment.id)).where(Comment.post_id == post.id)
    )
    return PostOut(
        id=post.id,
        title=post.title,
        content=post.content,
        author=AuthorOut(id=author.id, username=author.username),
        comment_count=comment_count or 0,
        created_at=post.created_at,
        updated_at=post.updated_at,
    )


async def serialize_comment(session: AsyncSession, comment: Comment) -> CommentOut:
    author = await session.get(User, comment.author_id)
    return CommentOut(
        id=comment.id,
        post_id=comment.post_id,
        author=AuthorOut(id=author.id, username=author.username),
        body=comment.body,
        created_at=comment.created_at,
    )


async def get_post_or_404(session: AsyncSession, post_id: int) -> Post:
    post = await session.get(Post, post_id)
    if post is None:
        raise HTTPException(status_code=404, detail="Not found.")
    return post


@router.get("", response_model=list[PostOut])
async def list_posts(
    limit: int = Query(settings.PAGE_SIZE, ge=1, le=settings.MAX_PAGE_SIZE),
    offset: int = Query(0, ge=0),
    search: str | None = None,
    session: AsyncSession = Depends(get_session),
):
    query = select(Post).order_by(Post.created_at.desc())
    if search:
        query = query.where(Post.title.ilike(f"%{search}%"))
    posts = (await session.scalars(query.offset(offset).limit(limit))).all()
    return [await serialize_post(session, post) for post in posts]


@router.post("", response_model=PostOut, status_code=201)
async def create_post(
    data: PostIn,
    user: User = Depends(get_current_user),
    session: AsyncSession = Depends(get_session),
):
    post = Post(**data.model_dump(), author_id=user.id)
    session.add(post)
    await session.commit()
    return await serialize_post(session, post)


@router.get("/{post_id}", response_model=PostOut)
async def get_post(post_id: int, session: AsyncSession = Depends(get_session)):
    post = await get_post_or_404(session, post_id)
    return await serialize_post(session, post)


@router.patch("/{post_id}", response_model=PostOut)
async def update_post(
    post_id: int,
    data: PostUpdate,
    user: User = Depends(get_current_user),
    session: AsyncSession = Depends(get_session),
):
    post = await get_post_or_404(session, post_id)
    if post.author_id != user.id:
        raise HTTPException(status_code=403, detail=PERMISSION_DENIED)
    for field, value in data.model_dump(exclude_unset=True).items():
        setattr(post, field, value)
    await session.commit()
    return await serialize_post(session, post)


@router.delete("/{post_id}", status_code=204)
async def delete_post(
    post_id: int,
    user: User = Depends(get_current_user),
    session: AsyncSession = Depends(get_session),
):
    post = await get_post_or_404(session, post_id)
    if post.author_id != user.id:
        raise HTTPException(status_code=403, detail=PERMISSION_DENIED)
    await session.delete(post)
    await session.commit()
    return Response(status_code=204)


@router.get("/{post_id}/comments", response_model=list[CommentOut])
async def list_comments(post_id: int, session: AsyncSession = Depends(get_session)):
    await get_post_or_404(session, post_id)
    comments = (
        await session.scalars(
            select(Comment).where(Comment.post_id == post_id).order_by(Comment.created_at)
        )
    ).all()
    result = []
    for comment in comments:
        result.append(await serialize_comment(session, comment))
    return result


@router.post("/{post_id}/comments", response_model=CommentOut, status_code=201)
async def create_comment(
    post_id: int,
    data: CommentIn,
    user: User = Depends(get_current_user),
    session: AsyncSession = Depends(get_session),
):
    await get_post_or_404(session, post_id)
    comment = Comment(post_id=post_id, author_id=user.id, body=data.body)
    session.add(comment)
    await session.commit()
    return await serialize_comment(session, comment)
