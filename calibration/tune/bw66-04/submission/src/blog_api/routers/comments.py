from collections.abc import Sequence

from fastapi import APIRouter, HTTPException, status
from sqlalchemy import select
from sqlalchemy.orm import Session, joinedload

from blog_api.deps import CurrentUser, DbSession, PageDep
from blog_api.models import Comment, Post
from blog_api.schemas import CommentCreate, CommentOut, ErrorOut

router = APIRouter(prefix="/posts/{post_id}/comments", tags=["comments"])

POST_NOT_FOUND = {404: {"model": ErrorOut, "description": "Post not found"}}


def ensure_post_exists(db: Session, post_id: int) -> None:
    if db.scalar(select(Post.id).where(Post.id == post_id)) is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "Post not found")


@router.get(
    "",
    response_model=list[CommentOut],
    summary="List a post's comments, oldest first",
    responses=POST_NOT_FOUND,
)
def list_comments(post_id: int, db: DbSession, page: PageDep) -> Sequence[Comment]:
    ensure_post_exists(db, post_id)
    stmt = (
        select(Comment)
        .options(joinedload(Comment.author))
        .where(Comment.post_id == post_id)
        .order_by(Comment.id)
        .limit(page.limit)
        .offset(page.offset)
    )
    return db.scalars(stmt).all()


@router.post(
    "",
    response_model=CommentOut,
    status_code=status.HTTP_201_CREATED,
    summary="Comment on a post",
    responses={**POST_NOT_FOUND, 401: {"model": ErrorOut, "description": "Not logged in"}},
)
def create_comment(
    post_id: int, payload: CommentCreate, db: DbSession, user: CurrentUser
) -> Comment:
    ensure_post_exists(db, post_id)
    comment = Comment(body=payload.body, post_id=post_id, author=user)
    db.add(comment)
    db.commit()
    return comment
