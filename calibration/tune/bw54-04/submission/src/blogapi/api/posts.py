import logging

from fastapi import APIRouter, HTTPException, Response, status

from ..models import Page, PostCreate, PostOut, PostUpdate
from ..records import PostRecord
from ..repository import Repository
from .deps import R401, R403, R404, CurrentUser, PageDep, PostId, RepoDep

log = logging.getLogger(__name__)
router = APIRouter(prefix="/posts", tags=["posts"])


async def _post_or_404(repo: Repository, post_id: int) -> PostRecord:
    post = await repo.get_post(post_id)
    if post is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "post not found")
    return post


async def _own_post_or_error(repo: Repository, post_id: int, user_id: int) -> PostRecord:
    post = await _post_or_404(repo, post_id)
    if post.author_id != user_id:
        raise HTTPException(status.HTTP_403_FORBIDDEN, "only the author may change this post")
    return post


@router.get("", summary="List posts, newest first (public)")
async def list_posts(repo: RepoDep, page: PageDep) -> Page[PostOut]:
    records, total = await repo.list_posts(page.limit, page.offset)
    return Page[PostOut](
        items=[PostOut.from_record(r) for r in records],
        total=total,
        limit=page.limit,
        offset=page.offset,
    )


@router.post(
    "",
    status_code=status.HTTP_201_CREATED,
    summary="Publish a post",
    responses=R401,
)
async def create_post(body: PostCreate, user: CurrentUser, repo: RepoDep) -> PostOut:
    post = await repo.create_post(user.id, body.title, body.content)
    log.info("post created", extra={"post_id": post.id, "user_id": user.id})
    return PostOut.from_record(post)


@router.get("/{post_id}", summary="Read a post (public)", responses=R404)
async def get_post(post_id: PostId, repo: RepoDep) -> PostOut:
    return PostOut.from_record(await _post_or_404(repo, post_id))


@router.patch(
    "/{post_id}",
    summary="Edit a post (author only)",
    responses={**R401, **R403, **R404},
)
async def update_post(
    post_id: PostId, body: PostUpdate, user: CurrentUser, repo: RepoDep
) -> PostOut:
    await _own_post_or_error(repo, post_id, user.id)
    updated = await repo.update_post(post_id, body.changes())
    if updated is None:  # deleted between the check and the update
        raise HTTPException(status.HTTP_404_NOT_FOUND, "post not found")
    log.info("post updated", extra={"post_id": post_id, "user_id": user.id})
    return PostOut.from_record(updated)


@router.delete(
    "/{post_id}",
    status_code=status.HTTP_204_NO_CONTENT,
    response_class=Response,
    summary="Delete a post and its comments (author only)",
    responses={**R401, **R403, **R404},
)
async def delete_post(post_id: PostId, user: CurrentUser, repo: RepoDep) -> Response:
    await _own_post_or_error(repo, post_id, user.id)
    if not await repo.delete_post(post_id):
        raise HTTPException(status.HTTP_404_NOT_FOUND, "post not found")
    log.info("post deleted", extra={"post_id": post_id, "user_id": user.id})
    return Response(status_code=status.HTTP_204_NO_CONTENT)
