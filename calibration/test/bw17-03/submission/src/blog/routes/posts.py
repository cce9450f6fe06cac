from fastapi import APIRouter, HTTPException, Response, status

from blog import repo
from blog.deps import CurrentUser, Db
from blog.schemas import Limit, Offset, Page, PostId, PostIn, PostOut, PostPatch, Problem

router = APIRouter(prefix="/posts", tags=["posts"])

_404 = {404: {"model": Problem, "description": "No such post"}}
_401 = {401: {"model": Problem, "description": "Missing or invalid token"}}
_403 = {403: {"model": Problem, "description": "Only the author may do this"}}


async def _require_author(db: Db, post_id: int, user_id: int) -> None:
    async with db.read() as conn:
        author_id = await repo.post_author(conn, post_id)
    if author_id is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "Post not found")
    if author_id != user_id:
        raise HTTPException(status.HTTP_403_FORBIDDEN, "Only the author may modify this post")


@router.get("", summary="List posts, newest first")
async def list_posts(db: Db, limit: Limit = 20, offset: Offset = 0) -> Page[PostOut]:
    async with db.read() as conn:
        total = await repo.count_posts(conn)
        items = await repo.list_posts(conn, limit, offset)
    return Page[PostOut](items=items, total=total, limit=limit, offset=offset)


@router.get("/{post_id}", summary="Read a post", responses=_404)
async def get_post(post_id: PostId, db: Db) -> PostOut:
    async with db.read() as conn:
        post = await repo.get_post(conn, post_id)
    if post is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "Post not found")
    return post


@router.post("", status_code=status.HTTP_201_CREATED, summary="Publish a post", responses=_401)
async def create_post(body: PostIn, user: CurrentUser, db: Db) -> PostOut:
    async with db.write() as conn:
        post_id = await repo.insert_post(conn, user.id, body.title, body.content)
        post = await repo.get_post(conn, post_id)
    assert post is not None
    return post


@router.patch("/{post_id}", summary="Edit a post (author only)", responses={**_401, **_403, **_404})
async def update_post(post_id: PostId, body: PostPatch, user: CurrentUser, db: Db) -> PostOut:
    await _require_author(db, post_id, user.id)
    async with db.write() as conn:
        await repo.update_post(conn, post_id, body.title, body.content)
        post = await repo.get_post(conn, post_id)
    if post is None:  # deleted between the check and the update
        raise HTTPException(status.HTTP_404_NOT_FOUND, "Post not found")
    return post


@router.delete(
    "/{post_id}",
    status_code=status.HTTP_204_NO_CONTENT,
    summary="Delete a post and its comments (author only)",
    responses={**_401, **_403, **_404},
)
async def delete_post(post_id: PostId, user: CurrentUser, db: Db) -> Response:
    await _require_author(db, post_id, user.id)
    async with db.write() as conn:
        await repo.delete_post(conn, post_id)
    return Response(status_code=status.HTTP_204_NO_CONTENT)
