from fastapi import APIRouter, HTTPException, status

from blog import repo
from blog.deps import CurrentUser, Db
from blog.schemas import CommentIn, CommentOut, Limit, Offset, Page, PostId, Problem

router = APIRouter(prefix="/posts/{post_id}/comments", tags=["comments"])

_404 = {404: {"model": Problem, "description": "No such post"}}


@router.get("", summary="A post's comments, oldest first", responses=_404)
async def list_comments(post_id: PostId, db: Db, limit: Limit = 20, offset: Offset = 0) -> Page[CommentOut]:
    async with db.read() as conn:
        if not await repo.post_exists(conn, post_id):
            raise HTTPException(status.HTTP_404_NOT_FOUND, "Post not found")
        total = await repo.count_comments(conn, post_id)
        items = await repo.list_comments(conn, post_id, limit, offset)
    return Page[CommentOut](items=items, total=total, limit=limit, offset=offset)


@router.post(
    "",
    status_code=status.HTTP_201_CREATED,
    summary="Comment on a post",
    responses={**_404, 401: {"model": Problem, "description": "Missing or invalid token"}},
)
async def create_comment(post_id: PostId, body: CommentIn, user: CurrentUser, db: Db) -> CommentOut:
    async with db.write() as conn:
        if not await repo.post_exists(conn, post_id):
            raise HTTPException(status.HTTP_404_NOT_FOUND, "Post not found")
        return await repo.insert_comment(conn, post_id, user.id, body.body)
