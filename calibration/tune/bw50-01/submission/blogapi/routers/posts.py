from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, HTTPException, Path, Query, Response, status
from sqlalchemy import select
from sqlalchemy.orm import Session

from blogapi.deps import CurrentUser, SessionDep
from blogapi.models import Post, User
from blogapi.schemas import ErrorOut, PostCreate, PostOut, PostUpdate

router = APIRouter(prefix="/posts", tags=["posts"])

MAX_PAGE_SIZE = 100
DEFAULT_PAGE_SIZE = 20

PostId = Annotated[int, Path(ge=1, le=2**31 - 1, description="Post id")]
Limit = Annotated[int, Query(ge=1, le=MAX_PAGE_SIZE)]
Offset = Annotated[int, Query(ge=0, le=1_000_000)]


def author_name(db: Session, author_id: int) -> str:
    name = db.scalar(select(User.username).where(User.id == author_id))
    return name if name is not None else "[deleted]"


def to_post_out(db: Session, post: Post) -> PostOut:
    return PostOut(
        id=post.id,
        title=post.title,
        content=post.content,
        author_id=post.author_id,
        author_username=author_name(db, post.author_id),
        created_at=post.created_at,
        updated_at=post.updated_at,
    )


def load_post_or_404(db: Session, post_id: int) -> Post:
    post = db.get(Post, post_id)
    if post is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "Post not found")
    return post


@router.get("", response_model=list[PostOut], summary="List posts, newest first")
def list_posts(
    db: SessionDep,
    limit: Limit = DEFAULT_PAGE_SIZE,
    offset: Offset = 0,
) -> list[PostOut]:
    posts = db.scalars(select(Post).order_by(Post.created_at.desc(), Post.id.desc())).all()
    window = posts[offset : offset + limit]
    return [to_post_out(db, post) for post in window]


@router.get(
    "/{post_id}",
    response_model=PostOut,
    summary="Read a post",
    responses={404: {"model": ErrorOut}},
)
def get_post(post_id: PostId, db: SessionDep) -> PostOut:
    return to_post_out(db, load_post_or_404(db, post_id))


@router.post(
    "",
    status_code=status.HTTP_201_CREATED,
    response_model=PostOut,
    summary="Publish a post",
    responses={401: {"model": ErrorOut}},
)
def create_post(payload: PostCreate, db: SessionDep, user: CurrentUser) -> PostOut:
    post = Post(author_id=user.id, title=payload.title, content=payload.content)
    db.add(post)
    db.commit()
    db.refresh(post)
    return to_post_out(db, post)


@router.patch(
    "/{post_id}",
    response_model=PostOut,
    summary="Edit your own post",
    responses={401: {"model": ErrorOut}, 403: {"model": ErrorOut}, 404: {"model": ErrorOut}},
)
def update_post(
    post_id: PostId, payload: PostUpdate, db: SessionDep, user: CurrentUser
) -> PostOut:
    post = load_post_or_404(db, post_id)
    if post.author_id != user.id:
        raise HTTPException(status.HTTP_403_FORBIDDEN, "Only the author may edit this post")
    if payload.title is not None:
        post.title = payload.title
    if payload.content is not None:
        post.content = payload.content
    db.commit()
    db.refresh(post)
    return to_post_out(db, post)


@router.delete(
    "/{post_id}",
    status_code=status.HTTP_204_NO_CONTENT,
    response_class=Response,
    summary="Delete your own post",
    responses={401: {"model": ErrorOut}, 403: {"model": ErrorOut}, 404: {"model": ErrorOut}},
)
def delete_post(post_id: PostId, db: SessionDep, user: CurrentUser) -> Response:
    post = load_post_or_404(db, post_id)
    if post.author_id != user.id:
        raise HTTPException(status.HTTP_403_FORBIDDEN, "Only the author may delete this post")
    db.delete(post)
    db.commit()
    return Response(status_code=status.HTTP_204_NO_CONTENT)
