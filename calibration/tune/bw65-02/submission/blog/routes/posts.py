from fastapi import APIRouter, HTTPException, Response, status

from blog.db import DB
from blog.deps import CurrentUser, Page
from blog.schemas import ErrorOut, PostCreate, PostOut, PostPage, PostUpdate, UserOut
from blog.services import posts as posts_service

router = APIRouter(prefix="/posts", tags=["posts"])

UNAUTHORIZED = {401: {"model": ErrorOut, "description": "Missing or invalid token"}}
FORBIDDEN = {403: {"model": ErrorOut, "description": "Not the author of this post"}}
NOT_FOUND = {404: {"model": ErrorOut, "description": "Post not found"}}


async def _require_author(db: DB, post_id: int, user: UserOut) -> None:
    author_id = await posts_service.get_author_id(db, post_id)
    if author_id is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "Post not found")
    if author_id != user.id:
        raise HTTPException(status.HTTP_403_FORBIDDEN, "You can only change your own posts")


@router.get("", response_model=PostPage, summary="List posts, newest first")
async def list_posts(db: DB, page: Page) -> PostPage:
    items, total = await posts_service.list_posts(db, page["limit"], page["offset"])
    return PostPage(items=[PostOut(**p) for p in items], total=total, **page)


@router.post(
    "",
    response_model=PostOut,
    status_code=status.HTTP_201_CREATED,
    summary="Publish a post",
    responses=UNAUTHORIZED,
)
async def create_post(payload: PostCreate, db: DB, user: CurrentUser) -> PostOut:
    post = await posts_service.create_post(db, user.id, payload.title, payload.content)
    return PostOut(**post)


@router.get("/{post_id}", response_model=PostOut, summary="Read one post", responses=NOT_FOUND)
async def get_post(post_id: int, db: DB) -> PostOut:
    post = await posts_service.get_post(db, post_id)
    if post is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "Post not found")
    return PostOut(**post)


@router.patch(
    "/{post_id}",
    response_model=PostOut,
    summary="Edit a post (author only)",
    responses={**UNAUTHORIZED, **FORBIDDEN, **NOT_FOUND},
)
async def update_post(post_id: int, payload: PostUpdate, db: DB, user: CurrentUser) -> PostOut:
    await _require_author(db, post_id, user)
    changes = payload.model_dump(exclude_unset=True, exclude_none=True)
    post = await posts_service.update_post(db, post_id, changes)
    if post is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "Post not found")
    return PostOut(**post)


@router.delete(
    "/{post_id}",
    status_code=status.HTTP_204_NO_CONTENT,
    response_class=Response,
    summary="Delete a post (author only)",
    responses={**UNAUTHORIZED, **FORBIDDEN, **NOT_FOUND},
)
async def delete_post(post_id: int, db: DB, user: CurrentUser) -> Response:
    await _require_author(db, post_id, user)
    await posts_service.delete_post(db, post_id)
    return Response(status_code=status.HTTP_204_NO_CONTENT)
