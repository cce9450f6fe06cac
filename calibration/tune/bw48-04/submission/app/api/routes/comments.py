from fastapi import APIRouter, status

from app.api.deps import CurrentUser, PaginationDep, SessionDep
from app.api.routes.posts import NEEDS_AUTH, NOT_FOUND, get_post_or_404
from app.crud import comment as crud_comment
from app.schemas.comment import CommentCreate, CommentList, CommentPublic

# Comments are "nested" under a post, so the URL says which post they belong to.
router = APIRouter(prefix="/posts/{post_id}/comments", tags=["comments"])


@router.get("", response_model=CommentList, responses=NOT_FOUND)
def list_comments(post_id: int, db: SessionDep, page: PaginationDep) -> CommentList:
    """Anyone can read the comments of a post."""
    post = get_post_or_404(db, post_id)
    comments, total = crud_comment.list_comments(db, post, limit=page.limit, offset=page.offset)
    return CommentList(
        items=[CommentPublic.model_validate(c) for c in comments],
        total=total,
        limit=page.limit,
        offset=page.offset,
    )


@router.post(
    "",
    response_model=CommentPublic,
    status_code=status.HTTP_201_CREATED,
    responses={**NOT_FOUND, **NEEDS_AUTH},
)
def create_comment(
    post_id: int, comment_in: CommentCreate, db: SessionDep, current_user: CurrentUser
) -> CommentPublic:
    """Comment on a post. Commenting on a post that does not exist gives 404."""
    post = get_post_or_404(db, post_id)
    comment = crud_comment.create_comment(db, post, comment_in, author=current_user)
    return CommentPublic.model_validate(comment)
