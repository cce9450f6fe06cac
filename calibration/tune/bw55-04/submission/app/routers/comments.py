from fastapi import APIRouter, Depends, HTTPException, Query, status
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app.database import get_db
from app.dependencies import get_current_user
from app.models import Comment, Post, User
from app.schemas import CommentCreate, CommentRead

router = APIRouter(prefix="/posts/{post_id}/comments", tags=["comments"])


@router.get("", response_model=list[CommentRead])
async def list_comments(
    post_id: int,
    limit: int = Query(20, ge=1, le=100),
    offset: int = Query(0, ge=0),
    db: AsyncSession = Depends(get_db),
):
    post = await db.get(Post, post_id)
    if post is None:
        raise HTTPException(status_code=status.HTTP_404_NOT_FOUND, detail="Post not found")

    result = await db.execute(
        select(Comment)
        .where(Comment.post_id == post_id)
        .order_by(Comment.created_at, Comment.id)
        .offset(offset)
        .limit(limit)
    )
    comments = result.scalars().all()

    response = []
    for comment in comments:
        author = await comment.awaitable_attrs.author
        response.append(
            CommentRead(
                id=comment.id,
                post_id=comment.post_id,
                content=comment.content,
                author_id=comment.author_id,
                author_username=author.username,
                created_at=comment.created_at,
            )
        )
    return response


@router.post("", response_model=CommentRead, status_code=status.HTTP_201_CREATED)
async def create_comment(
    post_id: int,
    comment_in: CommentCreate,
    db: AsyncSession = Depends(get_db),
    current_user: User = Depends(get_current_user),
):
    post = await db.get(Post, post_id)
    if post is None:
        raise HTTPException(status_code=status.HTTP_404_NOT_FOUND, detail="Post not found")

    comment = Comment(content=comment_in.content, post_id=post.id, author_id=current_user.id)
    db.add(comment)
    await db.commit()
    await db.refresh(comment)
    return CommentRead(
        id=comment.id,
        post_id=comment.post_id,
        content=comment.content,
        author_id=comment.author_id,
        author_username=current_user.username,
        created_at=comment.created_at,
    )
