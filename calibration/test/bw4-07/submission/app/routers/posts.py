import aiosqlite
from fastapi import APIRouter, HTTPException, Response, status

from app.deps import Conn, CurrentUser, PageParams
from app.models import Page, PostCreate, PostPatch, PostPublic, UserPublic

router = APIRouter(prefix="/posts", tags=["posts"])

POST_SELECT = """
SELECT p.id, p.title, p.content, p.created_at, p.updated_at,
       u.id AS author_id, u.username AS author_username
FROM posts AS p
JOIN users AS u ON u.id = p.author_id
"""

NOT_FOUND = {404: {"description": "Post not found"}}
FORBIDDEN = {403: {"description": "Only the author can do this"}}


def to_post(row: aiosqlite.Row) -> PostPublic:
    return PostPublic(
        id=row["id"],
        title=row["title"],
        content=row["content"],
        created_at=row["created_at"],
        updated_at=row["updated_at"],
        author=UserPublic(id=row["author_id"], username=row["author_username"]),
    )


async def fetch_post(conn: aiosqlite.Connection, post_id: int) -> PostPublic:
    async with conn.execute(POST_SELECT + "WHERE p.id = ?", (post_id,)) as cur:
        row = await cur.fetchone()
    if row is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "Post not found")
    return to_post(row)


async def fetch_own_post(conn: aiosqlite.Connection, post_id: int, user: UserPublic) -> PostPublic:
    post = await fetch_post(conn, post_id)
    if post.author.id != user.id:
        raise HTTPException(status.HTTP_403_FORBIDDEN, "Only the author can do this")
    return post


@router.get("", response_model=Page[PostPublic])
async def list_posts(conn: Conn, page: PageParams) -> Page[PostPublic]:
    """List posts, newest first. Public."""
    async with conn.execute("SELECT COUNT(*) FROM posts") as cur:
        (total,) = await cur.fetchone()
    async with conn.execute(
        POST_SELECT + "ORDER BY p.id DESC LIMIT ? OFFSET ?", (page.limit, page.offset)
    ) as cur:
        rows = await cur.fetchall()
    return Page[PostPublic](
        items=[to_post(r) for r in rows], limit=page.limit, offset=page.offset, total=total
    )


@router.post("", response_model=PostPublic, status_code=status.HTTP_201_CREATED,
             responses={401: {"description": "Not authenticated"}})
async def create_post(payload: PostCreate, user: CurrentUser, conn: Conn) -> PostPublic:
    """Publish a new post as the current user."""
    cur = await conn.execute(
        "INSERT INTO posts (author_id, title, content) VALUES (?, ?, ?)",
        (user.id, payload.title, payload.content),
    )
    await conn.commit()
    return await fetch_post(conn, cur.lastrowid)


@router.get("/{post_id}", response_model=PostPublic, responses=NOT_FOUND)
async def get_post(post_id: int, conn: Conn) -> PostPublic:
    """Read one post. Public."""
    return await fetch_post(conn, post_id)


@router.patch("/{post_id}", response_model=PostPublic, responses={**NOT_FOUND, **FORBIDDEN})
async def update_post(
    post_id: int, payload: PostPatch, user: CurrentUser, conn: Conn
) -> PostPublic:
    """Edit a post. Author only."""
    post = await fetch_own_post(conn, post_id, user)
    await conn.execute(
        "UPDATE posts SET title = ?, content = ?, "
        "updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = ?",
        (payload.title or post.title, payload.content or post.content, post_id),
    )
    await conn.commit()
    return await fetch_post(conn, post_id)


@router.delete("/{post_id}", status_code=status.HTTP_204_NO_CONTENT,
               responses={**NOT_FOUND, **FORBIDDEN})
async def delete_post(post_id: int, user: CurrentUser, conn: Conn) -> Response:
    """Delete a post and its comments. Author only."""
    await fetch_own_post(conn, post_id, user)
    await conn.execute("DELETE FROM posts WHERE id = ?", (post_id,))
    await conn.commit()
    return Response(status_code=status.HTTP_204_NO_CONTENT)
