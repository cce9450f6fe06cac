import logging
from typing import List, Literal

from fastapi import APIRouter, Depends, HTTPException, Query, Response, status
from sqlalchemy.orm import Session, joinedload

from blog import models, schemas
from blog.database import get_db
from blog.security import get_current_user

logger = logging.getLogger(__name__)

router = APIRouter(prefix="/posts", tags=["posts"])

NOT_FOUND = {404: {"model": schemas.Message, "description": "Post not found"}}
FORBIDDEN = {403: {"model": schemas.Message, "description": "Not the author of this post"}}
UNAUTHORIZED = {401: {"model": schemas.Message, "description": "Missing or invalid token"}}


def get_post_or_404(db: Session, post_id: int) -> models.Post:
    post = (
        db.query(models.Post)
        .options(joinedload(models.Post.author))
        .filter(models.Post.id == post_id)
        .first()
    )
    if post is None:
        raise HTTPException(status_code=404, detail="Post not found")
    return post


@router.get("", response_model=List[schemas.PostOut])
def list_posts(
    limit: int = Query(10, ge=1, le=100, description="Number of posts to return"),
    offset: int = Query(0, ge=0, description="Number of posts to skip"),
    sort_by: Literal["created_at", "updated_at", "title"] = "created_at",
    order: Literal["asc", "desc"] = "desc",
    db: Session = Depends(get_db),
):
    """List posts, newest first by default. Public."""
    column = getattr(models.Post, sort_by)
    ordering = column.asc() if order == "asc" else column.desc()
    return (
        db.query(models.Post)
        .options(joinedload(models.Post.author))
        .order_by(ordering, models.Post.id)
        .offset(offset)
        .limit(limit)
        .all()
    )


@router.get("/{post_id}", response_model=schemas.PostOut, responses=NOT_FOUND)
def read_post(post_id: int, db: Session = Depends(get_db)):
    """Read a single post. Public."""
    return get_post_or_404(db, post_id)


@router.post(
    "",
    response_model=schemas.PostOut,
    status_code=status.HTTP_201_CREATED,
    responses=UNAUTHORIZED,
)
def create_post(
    post_in: schemas.PostCreate,
    db: Session = Depends(get_db),
    current_user: models.User = Depends(get_current_user),
):
    """Publish a new post as the logged-in user."""
    post = models.Post(title=post_in.title, content=post_in.content, author_id=current_user.id)
    db.add(post)
    db.commit()
    db.refresh(post)
    logger.info("User %s created post %s", current_user.username, post.id)
    return post


@router.patch(
    "/{post_id}",
    response_model=schemas.PostOut,
    responses={**NOT_FOUND, **FORBIDDEN, **UNAUTHORIZED},
)
def update_post(
    post_id: int,
    post_in: schemas.PostUpdate,
    db: Session = Depends(get_db),
    current_user: models.User = Depends(get_current_user),
):
    """Edit a post. Only its author may do this."""
    post = get_post_or_404(db, post_id)
    if post.author_id != current_user.id:
        raise HTTPException(status_code=403, detail="You are not the author of this post")

    changes = post_in.model_dump(exclude_unset=True, exclude_none=True)
    for field, value in changes.items():
        setattr(post, field, value)
    db.commit()
    db.refresh(post)
    return post


@router.delete(
    "/{post_id}",
    status_code=status.HTTP_204_NO_CONTENT,
    responses={**NOT_FOUND, **FORBIDDEN, **UNAUTHORIZED},
)
def delete_post(
    post_id: int,
    db: Session = Depends(get_db),
    current_user: models.User = Depends(get_current_user),
):
    """Delete a post and its comments. Only its author may do this."""
    post = get_post_or_404(db, post_id)
    if post.author_id != current_user.id:
        raise HTTPException(status_code=403, detail="You are not the author of this post")
    db.delete(post)
    db.commit()
    logger.info("User %s deleted post %s", current_user.username, post_id)
    return Response(status_code=status.HTTP_204_NO_CONTENT)
