from typing import Annotated

from fastapi import APIRouter, HTTPException, Query, Response, status
from sqlalchemy import func, select

from app.config import PAGE_DEFAULT, PAGE_MAX
from app.deps import CurrentUser, DbSession, PostID
from app.models import Post
from app.schemas import ErrorResponse, Page, PageMeta, PostCreate, PostOut, PostUpdate

router = APIRouter(prefix="/posts", tags=["posts"])

NOT_FOUND = {404: {"model": ErrorResponse, "description": "Post not found"}}
AUTH_ERRORS = {401: {"model": ErrorResponse, "description": "Missing or invalid token"}}
FORBIDDEN = {403: {"model": ErrorResponse, "description": "Not the author of this post"}}


def to_post_out(post: Post) -> PostOut:
    return PostOut(
        id=post.id,
        title=post.title,
        content=post.content,
        author=post.author,
        comment_count=len(post.comments),
        created_at=post.created_at,
        updated_at=post.updated_at,
    )


def get_post_or_404(db: DbSession, post_id: int) -> Post:
    post = db.get(Post, post_id)
    if post is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "Post not found")
    return post


@router.get("", response_model=Page[PostOut], summary="List posts, newest first")
def list_posts(
    db: DbSession,
    limit: Annotated[int, Query(ge=1, le=PAGE_MAX)] = PAGE_DEFAULT,
    offset: Annotated[int, Query(ge=0, le=1_000_000)] = 0,
) -> Page[PostOut]:
    total = db.scalar(select(func.count()).select_from(Post)) or 0
    posts = db.scalars(
        select(Post).order_by(Post.created_at.desc(), Post.id.desc()).limit(limit).offset(offset)
    ).all()
    return Page[PostOut](
        items=[to_post_out(p) for p in posts],
        meta=PageMeta(limit=limit, offset=offset, total=total, has_more=offset + len(posts) < total),
    )


@router.get("/{post_id}", response_model=PostOut, summary="Read one post", responses=NOT_FOUND)
def read_post(post_id: PostID, db: DbSession) -> PostOut:
    return to_post_out(get_post_or_404(db, post_id))


@router.post(
    "",
    response_model=PostOut,
    status_code=status.HTTP_201_CREATED,
    summary="Publish a post",
    responses=AUTH_ERRORS,
)
def create_post(payload: PostCreate, user: CurrentUser, db: DbSession) -> PostOut:
    post = Post(title=payload.title, content=payload.content, author=user)
    db.add(post)
    db.commit()
    db.refresh(post)
    return to_post_out(post)


@router.patch(
    "/{post_id}",
    response_model=PostOut,
    summary="Edit your post",
    responses={**NOT_FOUND, **AUTH_ERRORS, **FORBIDDEN},
)
def update_post(post_id: PostID, payload: PostUpdate, user: CurrentUser, db: DbSession) -> PostOut:
    post = get_post_or_404(db, post_id)
    if post.author_id != user.id:
        raise HTTPException(status.HTTP_403_FORBIDDEN, "You can only edit your own posts")
    changes = payload.model_dump(exclude_unset=True, exclude_none=True)
    for field, value in changes.items():
        setattr(post, field, value)
    db.commit()
    db.refresh(post)
    return to_post_out(post)


@router.delete(
    "/{post_id}",
    status_code=status.HTTP_204_NO_CONTENT,
    summary="Delete your post (and its comments)",
    responses={**NOT_FOUND, **AUTH_ERRORS, **FORBIDDEN},
)
def delete_post(post_id: PostID, user: CurrentUser, db: DbSession) -> Response:
    post = get_post_or_404(db, post_id)
    if post.author_id != user.id:
        raise HTTPException(status.HTTP_403_FORBIDDEN, "You can only delete your own posts")
    db.delete(post)
    db.commit()
    return Response(status_code=status.HTTP_204_NO_CONTENT)
