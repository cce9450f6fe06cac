import sqlite3
from datetime import UTC, datetime
from typing import Annotated, Literal

from fastapi import APIRouter, HTTPException, Query, Response, status

from blog.deps import CurrentUserId, Db
from blog.schemas import ErrorOut, Page, PostCreate, PostOut, PostUpdate

router = APIRouter(prefix="/posts", tags=["posts"])

DEFAULT_LIMIT = 20
MAX_LIMIT = 100

PostOrder = Literal["newest", "oldest", "title"]

# ORDER BY cannot be bound as a parameter, so the clause is picked from this fixed mapping;
# the key is validated by FastAPI (Literal) before it ever gets here.
_ORDER_BY: dict[str, str] = {
    "newest": "p.created_at DESC, p.id DESC",
    "oldest": "p.created_at ASC, p.id ASC",
    "title": "p.title COLLATE NOCASE ASC, p.id ASC",
}

_SELECT_POST = """
    SELECT p.id, p.title, p.content, p.author_id, u.username AS author,
           p.created_at, p.updated_at
    FROM posts p JOIN users u ON u.id = p.author_id
"""

NOT_FOUND = {404: {"model": ErrorOut, "description": "Post not found"}}
UNAUTHORIZED = {401: {"model": ErrorOut, "description": "Missing or invalid token"}}
FORBIDDEN = {403: {"model": ErrorOut, "description": "Not the author of this post"}}


def _post_out(row: sqlite3.Row) -> PostOut:
    return PostOut(**dict(row))


def _get_post_row(db: sqlite3.Connection, post_id: int) -> sqlite3.Row:
    row = db.execute(_SELECT_POST + " WHERE p.id = ?", (post_id,)).fetchone()
    if row is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "Post not found")
    return row


def _require_author(row: sqlite3.Row, user_id: int) -> None:
    if row["author_id"] != user_id:
        raise HTTPException(status.HTTP_403_FORBIDDEN, "Only the author may change this post")


@router.get("", response_model=Page[PostOut], summary="List posts (public, paginated)")
def list_posts(
    db: Db,
    limit: Annotated[int, Query(ge=1, le=MAX_LIMIT)] = DEFAULT_LIMIT,
    offset: Annotated[int, Query(ge=0)] = 0,
    order: PostOrder = "newest",
) -> Page[PostOut]:
    total = db.execute("SELECT COUNT(*) FROM posts").fetchone()[0]
    rows = db.execute(
        f"{_SELECT_POST} ORDER BY {_ORDER_BY[order]} LIMIT ? OFFSET ?", (limit, offset)
    ).fetchall()
    return Page[PostOut](items=[_post_out(r) for r in rows], total=total, limit=limit, offset=offset)


@router.post(
    "",
    status_code=status.HTTP_201_CREATED,
    response_model=PostOut,
    responses=UNAUTHORIZED,
    summary="Publish a post",
)
def create_post(body: PostCreate, user_id: CurrentUserId, db: Db) -> PostOut:
    now = datetime.now(UTC).isoformat()
    with db:
        cur = db.execute(
            "INSERT INTO posts (author_id, title, content, created_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?)",
            (user_id, body.title, body.content, now, now),
        )
    return _post_out(_get_post_row(db, cur.lastrowid))


@router.get("/{post_id}", response_model=PostOut, responses=NOT_FOUND, summary="Read a post")
def get_post(post_id: int, db: Db) -> PostOut:
    return _post_out(_get_post_row(db, post_id))


@router.patch(
    "/{post_id}",
    response_model=PostOut,
    responses={**NOT_FOUND, **UNAUTHORIZED, **FORBIDDEN},
    summary="Edit a post (author only)",
)
def update_post(post_id: int, body: PostUpdate, user_id: CurrentUserId, db: Db) -> PostOut:
    row = _get_post_row(db, post_id)
    _require_author(row, user_id)
    title = body.title if body.title is not None else row["title"]
    content = body.content if body.content is not None else row["content"]
    with db:
        db.execute(
            "UPDATE posts SET title = ?, content = ?, updated_at = ? WHERE id = ?",
            (title, content, datetime.now(UTC).isoformat(), post_id),
        )
    return _post_out(_get_post_row(db, post_id))


@router.delete(
    "/{post_id}",
    status_code=status.HTTP_204_NO_CONTENT,
    responses={**NOT_FOUND, **UNAUTHORIZED, **FORBIDDEN},
    summary="Delete a post and its comments (author only)",
)
def delete_post(post_id: int, user_id: CurrentUserId, db: Db) -> Response:
    row = _get_post_row(db, post_id)
    _require_author(row, user_id)
    with db:
        db.execute("DELETE FROM posts WHERE id = ?", (post_id,))
    return Response(status_code=status.HTTP_204_NO_CONTENT)
