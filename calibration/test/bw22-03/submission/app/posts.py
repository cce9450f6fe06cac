import sqlite3
from typing import Annotated

from fastapi import APIRouter, HTTPException, Path, Query, status

from .auth import CurrentUser
from .db import Db
from .schemas import SQLITE_MAX_INT, CommentIn, CommentOut, Error, Page, PostIn, PostOut

router = APIRouter(prefix="/posts", tags=["posts"])

PostId = Annotated[int, Path(ge=1, le=SQLITE_MAX_INT)]

_401 = {401: {"model": Error, "description": "Not logged in"}}
_403 = {403: {"model": Error, "description": "Not the post's author"}}
_404 = {404: {"model": Error, "description": "No such post"}}

_SELECT_POST = (
    "SELECT p.id, p.title, p.content, u.username AS author"
    " FROM posts p JOIN users u ON u.id = p.author_id"
)
_SELECT_COMMENT = (
    "SELECT c.id, c.post_id, c.body, u.username AS author"
    " FROM comments c JOIN users u ON u.id = c.author_id"
)


def _fetch_post(db: sqlite3.Connection, post_id: int) -> PostOut:
    row = db.execute(f"{_SELECT_POST} WHERE p.id = ?", (post_id,)).fetchone()
    if row is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "Post not found")
    return PostOut.model_validate(dict(row))


def _authorize_edit(db: sqlite3.Connection, post_id: int, user_id: int) -> None:
    row = db.execute("SELECT author_id FROM posts WHERE id = ?", (post_id,)).fetchone()
    if row is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "Post not found")
    if row["author_id"] != user_id:
        raise HTTPException(status.HTTP_403_FORBIDDEN, "Only the author can change this post")


@router.get("", summary="List posts, newest first")
def list_posts(db: Db, page: Annotated[Page, Query()]) -> list[PostOut]:
    rows = db.execute(
        f"{_SELECT_POST} ORDER BY p.id DESC LIMIT ? OFFSET ?", (page.limit, page.offset)
    ).fetchall()
    return [PostOut.model_validate(dict(row)) for row in rows]


@router.post("", status_code=status.HTTP_201_CREATED, responses=_401, summary="Publish a post")
def create_post(body: PostIn, user: CurrentUser, db: Db) -> PostOut:
    with db:
        cur = db.execute(
            "INSERT INTO posts (author_id, title, content) VALUES (?, ?, ?)",
            (user.id, body.title, body.content),
        )
    return PostOut(id=cur.lastrowid, author=user.username, **body.model_dump())


@router.get("/{post_id}", responses=_404, summary="Read a post")
def get_post(post_id: PostId, db: Db) -> PostOut:
    return _fetch_post(db, post_id)


@router.put("/{post_id}", responses=_401 | _403 | _404, summary="Replace a post's title and content")
def replace_post(post_id: PostId, body: PostIn, user: CurrentUser, db: Db) -> PostOut:
    with db:
        _authorize_edit(db, post_id, user.id)
        db.execute(
            "UPDATE posts SET title = ?, content = ? WHERE id = ?",
            (body.title, body.content, post_id),
        )
    return PostOut(id=post_id, author=user.username, **body.model_dump())


@router.delete(
    "/{post_id}",
    status_code=status.HTTP_204_NO_CONTENT,
    responses=_401 | _403 | _404,
    summary="Delete a post and its comments",
)
def delete_post(post_id: PostId, user: CurrentUser, db: Db) -> None:
    with db:
        _authorize_edit(db, post_id, user.id)
        db.execute("DELETE FROM posts WHERE id = ?", (post_id,))


@router.get("/{post_id}/comments", responses=_404, summary="List a post's comments, oldest first")
def list_comments(post_id: PostId, db: Db, page: Annotated[Page, Query()]) -> list[CommentOut]:
    if db.execute("SELECT 1 FROM posts WHERE id = ?", (post_id,)).fetchone() is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "Post not found")
    rows = db.execute(
        f"{_SELECT_COMMENT} WHERE c.post_id = ? ORDER BY c.id LIMIT ? OFFSET ?",
        (post_id, page.limit, page.offset),
    ).fetchall()
    return [CommentOut.model_validate(dict(row)) for row in rows]


@router.post(
    "/{post_id}/comments",
    status_code=status.HTTP_201_CREATED,
    responses=_401 | _404,
    summary="Comment on a post",
)
def add_comment(post_id: PostId, body: CommentIn, user: CurrentUser, db: Db) -> CommentOut:
    with db:
        # Insert only if the post exists, in one statement, so a concurrent delete
        # can't slip between a check and the insert.
        cur = db.execute(
            "INSERT INTO comments (post_id, author_id, body)"
            " SELECT id, ?, ? FROM posts WHERE id = ?",
            (user.id, body.body, post_id),
        )
    if cur.rowcount == 0:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "Post not found")
    return CommentOut(id=cur.lastrowid, post_id=post_id, author=user.username, body=body.body)
