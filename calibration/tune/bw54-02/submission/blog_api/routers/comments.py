from fastapi import APIRouter, Depends, Query, status
from sqlalchemy.orm import Session

from ..config import config
from ..database import get_db
from ..models import Comment, User
from ..schemas import CommentCreateSchema, CommentListSchema, CommentSchema, ErrorSchema
from ..security import get_current_user
from ..utils import get_post_or_404

bp = APIRouter(prefix="/posts/{post_id}/comments", tags=["comments"])


@bp.get(
    "",
    response_model=CommentListSchema,
    summary="List a post's comments, oldest first",
    responses={404: {"model": ErrorSchema}},
)
def list_comments(
    post_id: int,
    limit: int = Query(config.DEFAULT_PAGE_SIZE, ge=1, le=config.MAX_PAGE_SIZE),
    offset: int = Query(0, ge=0),
    db: Session = Depends(get_db),
):
    get_post_or_404(db, post_id)
    query = (
        db.query(Comment)
        .filter(Comment.post_id == post_id)
        .order_by(Comment.created_at.asc(), Comment.id.asc())
    )
    total = query.count()
    comments = query.offset(offset).limit(limit).all()
    return CommentListSchema(
        items=[CommentSchema.model_validate(comment) for comment in comments],
        total=total,
        limit=limit,
        offset=offset,
    )


@bp.post(
    "",
    response_model=CommentSchema,
    status_code=status.HTTP_201_CREATED,
    summary="Comment on a post",
    responses={401: {"model": ErrorSchema}, 404: {"model": ErrorSchema}},
)
def create_comment(
    post_id: int,
    payload: CommentCreateSchema,
    db: Session = Depends(get_db),
    current_user: User = Depends(get_current_user),
):
    post = get_post_or_404(db, post_id)
    comment = Comment(body=payload.body, post=post, author=current_user)
    db.add(comment)
    db.commit()
    db.refresh(comment)
    return comment
