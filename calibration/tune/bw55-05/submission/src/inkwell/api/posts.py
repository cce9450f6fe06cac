from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Annotated, Literal

from fastapi import APIRouter, HTTPException, Path, Query, Response, status
from sqlalchemy import func
from sqlalchemy.orm import selectinload
from sqlmodel import Session, col, select

from inkwell.api.responses import errors
from inkwell.deps import CurrentUser, PageDep, SessionDep
from inkwell.models import Comment, Post, User
from inkwell.schemas import AuthorRead, Page, PostCreate, PostRead, PostUpdate

router = APIRouter(prefix="/posts", tags=["posts"])

PostId = Annotated[int, Path(ge=1, description="Post id")]
Order = Literal["newest", "oldest"]

# Whitelist: the query parameter picks one of these clauses, it is never interpolated.
_ORDERINGS = {
    "newest": (col(Post.created_at).desc(), col(Post.id).desc()),
    "oldest": (col(Post.created_at).asc(), col(Post.id).asc()),
}


def _comment_counts(session: Session, post_ids: Sequence[int]) -> dict[int, int]:
    """Comment counts for many posts in one grouped query."""
    if not post_ids:
        return {}
    rows = session.exec(
        select(Comment.post_id, func.count(col(Comment.id)))
        .where(col(Comment.post_id).in_(post_ids))
        .group_by(col(Comment.post_id))
    ).all()
    return {post_id: count for post_id, count in rows}


def _to_read(post: Post, author: User, comment_count: int) -> PostRead:
    assert post.id is not None
    return PostRead(
        id=post.id,
        title=post.title,
        content=post.content,
        author=AuthorRead.model_validate(author),
        comment_count=comment_count,
        created_at=post.created_at,
        updated_at=post.updated_at,
    )


def _load_post(session: Session, post_id: int) -> Post:
    post = session.get(Post, post_id, options=[selectinload(Post.author)])  # type: ignore[arg-type]
    if post is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "Post not found")
    return post


def _read_one(session: Session, post: Post) -> PostRead:
    assert post.id is not None
    return _to_read(post, post.author, _comment_counts(session, [post.id]).get(post.id, 0))


def _require_author(post: Post, user: User) -> None:
    if post.author_id != user.id:
        raise HTTPException(status.HTTP_403_FORBIDDEN, "Only the author can change this post")


@router.get(
    "",
    summary="List posts",
    description="Public. Newest first by default; paginated with `limit` and `offset`.",
)
def list_posts(
    session: SessionDep,
    page: PageDep,
    order: Annotated[Order, Query(description="Sort order")] = "newest",
) -> Page[PostRead]:
    total = session.exec(select(func.count()).select_from(Post)).one()
    posts = session.exec(
        select(Post)
        .options(selectinload(Post.author))  # type: ignore[arg-type]
        .order_by(*_ORDERINGS[order])
        .offset(page.offset)
        .limit(page.limit)
    ).all()
    counts = _comment_counts(session, [p.id for p in posts if p.id is not None])
    items = [_to_read(p, p.author, counts.get(p.id or 0, 0)) for p in posts]
    return Page[PostRead](items=items, total=total, limit=page.limit, offset=page.offset)


@router.post(
    "",
    status_code=status.HTTP_201_CREATED,
    summary="Publish a post",
    responses=errors(401),
)
def create_post(body: PostCreate, session: SessionDep, user: CurrentUser) -> PostRead:
    assert user.id is not None
    post = Post(title=body.title, content=body.content, author_id=user.id)
    session.add(post)
    session.commit()
    session.refresh(post)
    return _to_read(post, user, comment_count=0)


@router.get("/{post_id}", summary="Read a post", description="Public.", responses=errors(404))
def get_post(post_id: PostId, session: SessionDep) -> PostRead:
    return _read_one(session, _load_post(session, post_id))


@router.patch(
    "/{post_id}",
    summary="Edit a post",
    description="Only the author may edit. Send only the fields to change.",
    responses=errors(401, 403, 404),
)
def update_post(
    post_id: PostId, body: PostUpdate, session: SessionDep, user: CurrentUser
) -> PostRead:
    post = _load_post(session, post_id)
    _require_author(post, user)
    changes = body.model_dump(exclude_unset=True)
    if changes:
        post.sqlmodel_update(changes)
        post.updated_at = datetime.now(UTC)
        session.add(post)
        session.commit()
        session.refresh(post)
    return _read_one(session, post)


@router.delete(
    "/{post_id}",
    status_code=status.HTTP_204_NO_CONTENT,
    summary="Delete a post",
    description="Only the author may delete. The post's comments go with it.",
    responses=errors(401, 403, 404),
)
def delete_post(post_id: PostId, session: SessionDep, user: CurrentUser) -> Response:
    post = _load_post(session, post_id)
    _require_author(post, user)
    session.delete(post)
    session.commit()
    return Response(status_code=status.HTTP_204_NO_CONTENT)
