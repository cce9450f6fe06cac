"""Posts: public reads, authenticated writes, author-only edits."""

import sqlite3
from typing import Annotated

from fastapi import APIRouter, HTTPException, Query, status

from inkwell import repository
from inkwell.dependencies import ConnectionDep, CurrentUserDep, PaginationDep, PostId
from inkwell.repository import PostOrder
from inkwell.routers._common import FORBIDDEN, POST_NOT_FOUND, UNAUTHORIZED, post_from_row
from inkwell.schemas import Page, PostCreate, PostRead, PostUpdate

router = APIRouter(prefix="/posts", tags=["posts"])


def _get_post_or_404(conn: sqlite3.Connection, post_id: int) -> sqlite3.Row:
    row = repository.get_post(conn, post_id)
    if row is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "Post not found")
    return row


def _get_own_post(conn: sqlite3.Connection, post_id: int, user: sqlite3.Row) -> sqlite3.Row:
    row = _get_post_or_404(conn, post_id)
    if row["author_id"] != user["id"]:
        raise HTTPException(status.HTTP_403_FORBIDDEN, "Only the author may modify this post")
    return row


@router.get("", response_model=Page[PostRead], summary="List posts")
def list_posts(
    conn: ConnectionDep,
    page: PaginationDep,
    order: Annotated[PostOrder, Query(description="Sort order.")] = PostOrder.NEWEST,
) -> Page[PostRead]:
    """List posts, newest first by default. Public."""
    rows, total = repository.list_posts(conn, limit=page.limit, offset=page.offset, order=order)
    return Page[PostRead](
        items=[post_from_row(row) for row in rows],
        total=total,
        limit=page.limit,
        offset=page.offset,
    )


@router.post(
    "",
    status_code=status.HTTP_201_CREATED,
    response_model=PostRead,
    summary="Publish a post",
    responses=UNAUTHORIZED,
)
def create_post(payload: PostCreate, conn: ConnectionDep, user: CurrentUserDep) -> PostRead:
    row = repository.create_post(conn, user["id"], payload.title, payload.content)
    return post_from_row(row)


@router.get(
    "/{post_id}", response_model=PostRead, summary="Read a post", responses=POST_NOT_FOUND
)
def read_post(post_id: PostId, conn: ConnectionDep) -> PostRead:
    """Read a single post. Public."""
    return post_from_row(_get_post_or_404(conn, post_id))


@router.patch(
    "/{post_id}",
    response_model=PostRead,
    summary="Edit a post",
    responses={**UNAUTHORIZED, **FORBIDDEN, **POST_NOT_FOUND},
)
def update_post(
    post_id: PostId, payload: PostUpdate, conn: ConnectionDep, user: CurrentUserDep
) -> PostRead:
    """Change the title and/or content of one of your posts."""
    _get_own_post(conn, post_id, user)
    row = repository.update_post(conn, post_id, title=payload.title, content=payload.content)
    return post_from_row(row)


@router.delete(
    "/{post_id}",
    status_code=status.HTTP_204_NO_CONTENT,
    summary="Delete a post",
    responses={**UNAUTHORIZED, **FORBIDDEN, **POST_NOT_FOUND},
)
def delete_post(post_id: PostId, conn: ConnectionDep, user: CurrentUserDep) -> None:
    """Delete one of your posts together with its comments."""
    _get_own_post(conn, post_id, user)
    repository.delete_post(conn, post_id)
