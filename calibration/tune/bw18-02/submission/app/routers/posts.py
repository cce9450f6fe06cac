from typing import Annotated

from fastapi import APIRouter, Depends, HTTPException, Query, Response, status
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.db import get_db
from app.models import Comment, Post
from app.schemas import PostCreate, PostOut, PostUpdate
from app.security import CurrentUser

router = APIRouter(prefix="/posts", tags=["posts"])

DbSession = Annotated[Session, Depends(get_db)]
NOT_FOUND = {404: {"description": "Post not found"}}


def _to_out(db: Session, post: Post) -> PostOut:
    count = db.scalar(select(func.count(Comment.id)).where(Comment.post_id == post.id)) or 0
    return PostOut(
        id=post.id,
        title=post.title,
        content=post.content,
        author=post.author.username,
        comment_count=count,
        created_at=post.created_at,
        updated_at=post.updated_at,
    )


def _get_or_404(db: Session, post_id: int) -> Post:
    post = db.get(Post, post_id)
    if post is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "Post not found")
    return post


@router.get("", response_model=list[PostOut], summary="List posts, newest first")
def list_posts(
    db: DbSession,
    limit: Annotated[int, Query(ge=1, le=100)] = 20,
    offset: Annotated[int, Query(ge=0)] = 0,
) -> list[PostOut]:
    posts = db.scalars(select(Post).order_by(Post.id.desc()).limit(limit).offset(offset)).all()
    return [_to_out(db, p) for p in posts]


@router.post("", response_model=PostOut, status_code=status.HTTP_201_CREATED, summary="Publish a post")
def create_post(body: PostCreate, db: DbSession, user: CurrentUser) -> PostOut:
    post = Post(title=body.title, content=body.content, author_id=user.id)
    db.add(post)
    db.commit()
    db.refresh(post)
    return _to_out(db, post)


@router.get("/{post_id}", response_model=PostOut, summary="Read a post", responses=NOT_FOUND)
def get_post(post_id: int, db: DbSession) -> PostOut:
    return _to_out(db, _get_or_404(db, post_id))


@router.patch(
    "/{post_id}",
    response_model=PostOut,
    summary="Edit a post (author only)",
    responses={**NOT_FOUND, 403: {"description": "Not the author"}},
)
def update_post(post_id: int, body: PostUpdate, db: DbSession, user: CurrentUser) -> PostOut:
    post = _get_or_404(db, post_id)
    if post.author_id != user.id:
        raise HTTPException(status.HTTP_403_FORBIDDEN, "Only the author may edit this post")
    for field, value in body.model_dump(exclude_unset=True, exclude_none=True).items():
        setattr(post, field, value)
    db.commit()
    db.refresh(post)
    return _to_out(db, post)


@router.delete(
    "/{post_id}",
    status_code=status.HTTP_204_NO_CONTENT,
    summary="Delete a post (author only)",
    responses={**NOT_FOUND, 403: {"description": "Not the author"}},
)
def delete_post(post_id: int, db: DbSession, user: CurrentUser) -> Response:
    post = _get_or_404(db, post_id)
    if post.author_id != user.id:
        raise HTTPException(status.HTTP_403_FORBIDDEN, "Only the author may delete this post")
    db.delete(post)
    db.commit()
    return Response(status_code=status.HTTP_204_NO_CONTENT)
