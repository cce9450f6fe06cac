"""Comments on posts: public reads, authenticated writes."""

from fastapi import APIRouter, HTTPException, status

from inkwell import repository
from inkwell.dependencies import ConnectionDep, CurrentUserDep, PaginationDep, PostId
from inkwell.routers._common import POST_NOT_FOUND, UNAUTHORIZED, comment_from_row
from inkwell.schemas import CommentCreate, CommentRead, Page

router = APIRouter(prefix="/posts/{post_id}/comments", tags=["comments"])


@router.get(
    "",
    response_model=Page[CommentRead],
    summary="List a post's comments",
    responses=POST_NOT_FOUND,
)
def list_comments(
    post_id: PostId, conn: ConnectionDep, page: PaginationDep
) -> Page[CommentRead]:
    """Comments in the order they were written. Public."""
    if not repository.post_exists(conn, post_id):
        raise HTTPException(status.HTTP_404_NOT_FOUND, "Post not found")
    rows, total = repository.list_comments(conn, post_id, limit=page.limit, offset=page.offset)
    return Page[CommentRead](
        items=[comment_from_row(row) for row in rows],
        total=total,
        limit=page.limit,
        offset=page.offset,
    )


@router.post(
    "",
    status_code=status.HTTP_201_CREATED,
    response_model=CommentRead,
    summary="Comment on a post",
    responses={**UNAUTHORIZED, **POST_NOT_FOUND},
)
def create_comment(
    post_id: PostId, payload: CommentCreate, conn: ConnectionDep, user: CurrentUserDep
) -> CommentRead:
    try:
        row = repository.create_comment(conn, post_id, user["id"], payload.body)
    except repository.PostNotFoundError:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "Post not found") from None
    return comment_from_row(row)
