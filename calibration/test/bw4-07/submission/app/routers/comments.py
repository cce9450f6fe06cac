import aiosqlite
from fastapi import APIRouter, HTTPException, status

from app.deps import Conn, CurrentUser, PageParams
from app.models import CommentCreate, CommentPublic, Page, UserPublic

router = APIRouter(prefix="/posts/{post_id}/comments", tags=["comments"])

COMMENT_SELECT = """
SELECT c.id, c.post_id, c.body, c.created_at, u.id AS author_id, u.username AS author_username
FROM comments AS c
JOIN users AS u ON u.id = c.author_id
"""


def to_comment(row: aiosqlite.Row) -> CommentPublic:
    return CommentPublic(
        id=row["id"],
        post_id=row["post_id"],
        body=row["body"],
        created_at=row["created_at"],
        author=UserPublic(id=row["author_id"], username=row["author_username"]),
    )


async def ensure_post_exists(conn: aiosqlite.Connection, post_id: int) -> None:
    async with conn.execute("SELECT 1 FROM posts WHERE id = ?", (post_id,)) as cur:
        if await cur.fetchone() is None:
            raise HTTPException(status.HTTP_404_NOT_FOUND, "Post not found")


@router.get("", response_model=Page[CommentPublic], responses={404: {"description": "Post not found"}})
async def list_comments(post_id: int, conn: Conn, page: PageParams) -> Page[CommentPublic]:
    """A post's comments, oldest first. Public."""
    await ensure_post_exists(conn, post_id)
    async with conn.execute("SELECT COUNT(*) FROM comments WHERE post_id = ?", (post_id,)) as cur:
        (total,) = await cur.fetchone()
    async with conn.execute(
        COMMENT_SELECT + "WHERE c.post_id = ? ORDER BY c.id LIMIT ? OFFSET ?",
        (post_id, page.limit, page.offset),
    ) as cur:
        rows = await cur.fetchall()
    return Page[CommentPublic](
        items=[to_comment(r) for r in rows], limit=page.limit, offset=page.offset, total=total
    )


@router.post(
    "",
    response_model=CommentPublic,
    status_code=status.HTTP_201_CREATED,
    responses={401: {"description": "Not authenticated"}, 404: {"description": "Post not found"}},
)
async def add_comment(
    post_id: int, payload: CommentCreate, user: CurrentUser, conn: Conn
) -> CommentPublic:
    """Comment on a post as the current user."""
    await ensure_post_exists(conn, post_id)
    cur = await conn.execute(
        "INSERT INTO comments (post_id, author_id, body) VALUES (?, ?, ?)",
        (post_id, user.id, payload.body),
    )
    await conn.commit()
    async with conn.execute(COMMENT_SELECT + "WHERE c.id = ?", (cur.lastrowid,)) as c:
        return to_comment(await c.fetchone())
