from fastapi import APIRouter, HTTPException, status
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from blog.deps import CurrentUser, DbSession, Pagination
from blog.models import Comment, Post
from blog.schemas import CommentCreate, CommentRead, ErrorResponse, Page

router = APIRouter(prefix="/posts/{post_id}/comments", tags=["comments"])

_NOT_FOUND = {404: {"model": ErrorResponse, "description": "Post not found"}}


def _require_post(db: Session, post_id: int) -> None:
    if db.scalar(select(Post.id).where(Post.id == post_id)) is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, detail="Post not found")


@router.get("", response_model=Page[CommentRead], summary="List a post's comments, oldest first", responses=_NOT_FOUND)
def list_comments(post_id: int, db: DbSession, page: Pagination) -> Page[CommentRead]:
    _require_post(db, post_id)
    total = db.scalar(select(func.count(Comment.id)).where(Comment.post_id == post_id)) or 0
    comments = db.scalars(
        select(Comment)
        .where(Comment.post_id == post_id)
        .order_by(Comment.id)
        .limit(page.limit)
        .offset(page.offset)
    ).all()
    items = [CommentRead.model_validate(c) for c in comments]
    return Page[CommentRead](items=items, total=total, limit=page.limit, offset=page.offset)


@router.post(
    "",
    status_code=status.HTTP_201_CREATED,
    response_model=CommentRead,
    summary="Comment on a post",
    responses={**_NOT_FOUND, 401: {"model": ErrorResponse, "description": "Missing or invalid token"}},
)
def create_comment(post_id: int, body: CommentCreate, db: DbSession, user: CurrentUser) -> Comment:
    _require_post(db, post_id)
    comment = Comment(post_id=post_id, content=body.content, author=user)
    db.add(comment)
    db.commit()
    return comment
