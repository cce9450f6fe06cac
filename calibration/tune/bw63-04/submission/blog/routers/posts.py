import sqlite3

from fastapi import APIRouter, HTTPException, Response, status

from ..deps import DB, R401, R403, R404, AnyUser, Paging, Poster, PostId
from ..schemas import PostCreate, PostOut, PostPage, PostUpdate, UserOut

router = APIRouter(prefix="/posts", tags=["posts"])

# One query per page: author joined, comment count from the (post_id, id) index.
POST_SELECT = """
SELECT p.id, p.title, p.content, p.created_at, p.updated_at,
       u.id AS author_id, u.username AS author_name,
       (SELECT COUNT(*) FROM comments c WHERE c.post_id = p.id) AS comment_count
  FROM posts p
  JOIN users u ON u.id = p.author_id
"""

NOW = "strftime('%Y-%m-%dT%H:%M:%fZ', 'now')"


def _post_out(row: sqlite3.Row) -> PostOut:
    return PostOut(
        id=row["id"],
        title=row["title"],
        content=row["content"],
        author=UserOut(id=row["author_id"], username=row["author_name"]),
        created_at=row["created_at"],
        updated_at=row["updated_at"],
        comment_count=row["comment_count"],
    )


def _load(conn: sqlite3.Connection, post_id: int) -> PostOut:
    row = conn.execute(POST_SELECT + " WHERE p.id = ?", (post_id,)).fetchone()
    if row is None:
        raise HTTPException(status_code=status.HTTP_404_NOT_FOUND, detail="Post not found")
    return _post_out(row)


def _author_of(conn: sqlite3.Connection, post_id: int) -> int:
    row = conn.execute("SELECT author_id FROM posts WHERE id = ?", (post_id,)).fetchone()
    if row is None:
        raise HTTPException(status_code=status.HTTP_404_NOT_FOUND, detail="Post not found")
    return int(row["author_id"])


def _forbid_unless_author(author_id: int, user_id: int) -> None:
    if author_id != user_id:
        raise HTTPException(status_code=status.HTTP_403_FORBIDDEN, detail="Not the author of this post")


@router.get("", response_model=PostPage, summary="List posts, newest first")
def list_posts(conn: DB, page: Paging) -> PostPage:
    total = conn.execute("SELECT COUNT(*) FROM posts").fetchone()[0]
    rows = conn.execute(
        POST_SELECT + " ORDER BY p.created_at DESC, p.id DESC LIMIT ? OFFSET ?",
        (page.limit, page.offset),
    ).fetchall()
    return PostPage(items=[_post_out(r) for r in rows], total=total, limit=page.limit, offset=page.offset)


@router.post(
    "",
    response_model=PostOut,
    status_code=status.HTTP_201_CREATED,
    summary="Publish a post",
    responses={**R401, **R403},
)
def create_post(body: PostCreate, user: Poster, conn: DB) -> PostOut:
    with conn:
        cur = conn.execute(
            "INSERT INTO posts (author_id, title, content) VALUES (?, ?, ?)",
            (user.id, body.title, body.content),
        )
    assert cur.lastrowid is not None
    return _load(conn, cur.lastrowid)


@router.get("/{post_id}", response_model=PostOut, summary="Read a post", responses=R404)
def get_post(post_id: PostId, conn: DB) -> PostOut:
    return _load(conn, post_id)


@router.patch(
    "/{post_id}",
    response_model=PostOut,
    summary="Edit your post (partial)",
    responses={**R401, **R403, **R404},
)
def update_post(post_id: PostId, body: PostUpdate, user: Poster, conn: DB) -> PostOut:
    fields = body.model_dump(exclude_unset=True)
    with conn:
        _forbid_unless_author(_author_of(conn, post_id), user.id)
        # Nulls are rejected by PostUpdate, so COALESCE only means "not sent".
        conn.execute(
            f"UPDATE posts SET title = COALESCE(?, title), content = COALESCE(?, content), "
            f"updated_at = {NOW} WHERE id = ?",
            (fields.get("title"), fields.get("content"), post_id),
        )
    return _load(conn, post_id)


@router.delete(
    "/{post_id}",
    status_code=status.HTTP_204_NO_CONTENT,
    response_class=Response,
    summary="Delete your post (and its comments)",
    responses={**R401, **R403, **R404},
)
def delete_post(post_id: PostId, user: AnyUser, conn: DB) -> Response:
    with conn:
        _forbid_unless_author(_author_of(conn, post_id), user.id)
        conn.execute("DELETE FROM posts WHERE id = ?", (post_id,))
    return Response(status_code=status.HTTP_204_NO_CONTENT)
