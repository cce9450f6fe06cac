from fastapi import APIRouter, HTTPException, Response, status

from app import crud, models, schemas
from app.api.deps import CurrentUser, DbSession, PageParams

router = APIRouter(prefix="/posts", tags=["posts"])

NOT_FOUND = {404: {"description": "Post not found"}}


def _get_post_or_404(db: DbSession, post_id: int) -> models.Post:
    post = crud.get_post(db, post_id)
    if post is None:
        raise HTTPException(status_code=status.HTTP_404_NOT_FOUND, detail="Post not found")
    return post


def _ensure_owner(post: models.Post, user: models.User) -> None:
    if post.author_id != user.id:
        raise HTTPException(
            status_code=status.HTTP_403_FORBIDDEN, detail="You can only modify your own posts"
        )


@router.get("", response_model=list[schemas.PostOut], summary="List posts (newest first)")
async def list_posts(db: DbSession, page: PageParams):
    return crud.get_posts(db, limit=page.limit, offset=page.offset)


@router.post(
    "",
    response_model=schemas.PostOut,
    status_code=status.HTTP_201_CREATED,
    summary="Publish a new post",
    responses={401: {"description": "Not authenticated"}},
)
async def create_post(post_in: schemas.PostCreate, db: DbSession, current_user: CurrentUser):
    return crud.create_post(db, post_in, author_id=current_user.id)


@router.get(
    "/{post_id}", response_model=schemas.PostOut, summary="Read one post", responses=NOT_FOUND
)
async def read_post(post_id: int, db: DbSession):
    return _get_post_or_404(db, post_id)


@router.patch(
    "/{post_id}",
    response_model=schemas.PostOut,
    summary="Edit your post",
    responses={**NOT_FOUND, 403: {"description": "Not the author"}},
)
async def update_post(
    post_id: int, post_in: schemas.PostUpdate, db: DbSession, current_user: CurrentUser
):
    post = _get_post_or_404(db, post_id)
    _ensure_owner(post, current_user)
    return crud.update_post(db, post, post_in)


@router.delete(
    "/{post_id}",
    status_code=status.HTTP_204_NO_CONTENT,
    summary="Delete your post",
    responses={**NOT_FOUND, 403: {"description": "Not the author"}},
)
async def delete_post(post_id: int, db: DbSession, current_user: CurrentUser):
    post = _get_post_or_404(db, post_id)
    _ensure_owner(post, current_user)
    crud.delete_post(db, post)
    return Response(status_code=status.HTTP_204_NO_CONTENT)
