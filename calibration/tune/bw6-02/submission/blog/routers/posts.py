from typing import Annotated

from fastapi import APIRouter, Query, Response, status
from sqlalchemy import func, select

from blog.dependencies import CurrentUser, DbSession
from blog.models import Post, User
from blog.schemas import ErrorOut, Page, PostCreate, PostOut, PostUpdate
from blog.shortcuts import ensure_post_author, get_object_or_404

router = APIRouter(prefix="/posts", tags=["posts"])

NOT_FOUND = {404: {"model": ErrorOut, "description": "Post not found"}}
AUTH_REQUIRED = {401: {"model": ErrorOut, "description": "Missing or invalid token"}}
NOT_AUTHOR = {403: {"model": ErrorOut, "description": "You are not the author of this post"}}


@router.get("", response_model=Page[PostOut], summary="List posts, newest first")
def list_posts(
    db: DbSession,
    limit: Annotated[int, Query(ge=1, le=100, description="Page size (1-100)")] = 20,
    offset: Annotated[int, Query(ge=0, description="Number of posts to skip")] = 0,
    author: Annotated[str | None, Query(max_length=150, description="Only posts by this username")] = None,
) -> Page[PostOut]:
    stmt = select(Post)
    if author is not None:
        stmt = stmt.join(Post.author).where(User.username == author)

    total = db.scalar(select(func.count()).select_from(stmt.subquery())) or 0
    posts = db.scalars(stmt.order_by(Post.created_at.desc(), Post.id.desc()).limit(limit).offset(offset)).all()

    return Page[PostOut](
        items=[PostOut.model_validate(post) for post in posts],
        total=total,
        limit=limit,
        offset=offset,
    )


@router.post(
    "",
    response_model=PostOut,
    status_code=status.HTTP_201_CREATED,
    summary="Publish a post",
    responses={**AUTH_REQUIRED},
)
def create_post(payload: PostCreate, db: DbSession, user: CurrentUser) -> PostOut:
    post = Post(title=payload.title, content=payload.content, author=user)
    db.add(post)
    db.commit()
    db.refresh(post)
    return PostOut.model_validate(post)


@router.get("/{post_id}", response_model=PostOut, summary="Read one post", responses={**NOT_FOUND})
def get_post(post_id: int, db: DbSession) -> PostOut:
    post = get_object_or_404(db, Post, post_id)
    return PostOut.model_validate(post)


@router.patch(
    "/{post_id}",
    response_model=PostOut,
    summary="Edit a post (author only)",
    responses={**AUTH_REQUIRED, **NOT_AUTHOR, **NOT_FOUND},
)
def update_post(post_id: int, payload: PostUpdate, db: DbSession, user: CurrentUser) -> PostOut:
    post = get_object_or_404(db, Post, post_id)
    ensure_post_author(post, user)

    for field, value in payload.model_dump(exclude_unset=True).items():
        setattr(post, field, value)
    db.commit()
    db.refresh(post)
    return PostOut.model_validate(post)


@router.delete(
    "/{post_id}",
    status_code=status.HTTP_204_NO_CONTENT,
    response_class=Response,
    summary="Delete a post and its comments (author only)",
    responses={**AUTH_REQUIRED, **NOT_AUTHOR, **NOT_FOUND},
)
def delete_post(post_id: int, db: DbSession, user: CurrentUser) -> None:
    post = get_object_or_404(db, Post, post_id)
    ensure_post_author(post, user)
    db.delete(post)
    db.commit()
