from fastapi import APIRouter, status

from app.deps import CurrentUser, DbSession, PostID
from app.models import Comment
from app.routers.posts import AUTH_ERRORS, NOT_FOUND, get_post_or_404
from app.schemas import CommentCreate, CommentOut

router = APIRouter(prefix="/posts/{post_id}/comments", tags=["comments"])


@router.get(
    "",
    response_model=list[CommentOut],
    summary="All comments of a post, oldest first",
    responses=NOT_FOUND,
)
def list_comments(post_id: PostID, db: DbSession) -> list[Comment]:
    post = get_post_or_404(db, post_id)
    return post.comments


@router.post(
    "",
    response_model=CommentOut,
    status_code=status.HTTP_201_CREATED,
    summary="Comment on a post",
    responses={**NOT_FOUND, **AUTH_ERRORS},
)
def create_comment(
    post_id: PostID, payload: CommentCreate, user: CurrentUser, db: DbSession
) -> Comment:
    post = get_post_or_404(db, post_id)
    comment = Comment(post=post, author=user, body=payload.body)
    db.add(comment)
    db.commit()
    db.refresh(comment)
    return comment
