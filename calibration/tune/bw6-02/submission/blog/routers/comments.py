from typing import Annotated

from fastapi import APIRouter, HTTPException, Query, Response, status
from sqlalchemy import func, select

from blog.dependencies import CurrentUser, DbSession
from blog.models import Comment, Post
from blog.schemas import CommentCreate, CommentOut, ErrorOut, Page
from blog.shortcuts import get_object_or_404

router = APIRouter(prefix="/posts/{post_id}/comments", tags=["comments"])

NOT_FOUND = {404: {"model": ErrorOut, "description": "Post or comment not found"}}
AUTH_REQUIRED = {401: {"model": ErrorOut, "description": "Missing or invalid token"}}


@router.get("", response_model=Page[CommentOut], summary="List a post's comments, oldest first", responses={**NOT_FOUND})
def list_comments(
    post_id: int,
    db: DbSession,
    limit: Annotated[int, Query(ge=1, le=100)] = 50,
    offset: Annotated[int, Query(ge=0)] = 0,
) -> Page[CommentOut]:
    get_object_or_404(db, Post, post_id)

    total = db.scalar(select(func.count(Comment.id)).where(Comment.post_id == post_id)) or 0
    comments = db.scalars(
        select(Comment)
        .where(Comment.post_id == post_id)
        .order_by(Comment.created_at, Comment.id)
        .limit(limit)
        .offset(offset)
    ).all()

    return Page[CommentOut](
        items=[CommentOut.model_validate(comment) for comment in comments],
        total=total,
        limit=limit,
        offset=offset,
    )


@router.post(
    "",
    response_model=CommentOut,
    status_code=status.HTTP_201_CREATED,
    summary="Comment on a post",
    responses={**AUTH_REQUIRED, **NOT_FOUND},
)
def create_comment(post_id: int, payload: CommentCreate, db: DbSession, user: CurrentUser) -> CommentOut:
    post = get_object_or_404(db, Post, post_id)
    comment = Comment(post=post, author=user, body=payload.body)
    db.add(comment)
    db.commit()
    db.refresh(comment)
    return CommentOut.model_validate(comment)


@router.delete(
    "/{comment_id}",
    status_code=status.HTTP_204_NO_CONTENT,
    response_class=Response,
    summary="Delete a comment (its author or the post's author)",
    responses={
        **AUTH_REQUIRED,
        **NOT_FOUND,
        403: {"model": ErrorOut, "description": "Not allowed to delete this comment"},
    },
)
def delete_comment(post_id: int, comment_id: int, db: DbSession, user: CurrentUser) -> None:
    comment = get_object_or_404(db, Comment, comment_id)
    if comment.post_id != post_id:
        raise HTTPException(status_code=status.HTTP_404_NOT_FOUND, detail="Comment not found.")
    if user.id not in (comment.author_id, comment.post.author_id):
        raise HTTPException(status_code=status.HTTP_403_FORBIDDEN, detail="Not allowed to delete this comment.")
    db.delete(comment)
    db.commit()
