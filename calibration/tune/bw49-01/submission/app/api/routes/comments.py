from fastapi import APIRouter, HTTPException, status

from app import crud, schemas
from app.api.deps import CurrentUser, DbSession, PageParams

router = APIRouter(prefix="/posts/{post_id}/comments", tags=["comments"])


def _check_post_exists(db: DbSession, post_id: int) -> None:
    if crud.get_post(db, post_id) is None:
        raise HTTPException(status_code=status.HTTP_404_NOT_FOUND, detail="Post not found")


@router.get(
    "",
    response_model=list[schemas.CommentOut],
    summary="List the comments of a post",
    responses={404: {"description": "Post not found"}},
)
async def list_comments(post_id: int, db: DbSession, page: PageParams):
    _check_post_exists(db, post_id)
    return crud.get_comments(db, post_id, limit=page.limit, offset=page.offset)


@router.post(
    "",
    response_model=schemas.CommentOut,
    status_code=status.HTTP_201_CREATED,
    summary="Comment on a post",
    responses={401: {"description": "Not authenticated"}, 404: {"description": "Post not found"}},
)
async def create_comment(
    post_id: int, comment_in: schemas.CommentCreate, db: DbSession, current_user: CurrentUser
):
    _check_post_exists(db, post_id)
    return crud.create_comment(db, post_id, comment_in, author_id=current_user.id)
