from fastapi import APIRouter, Depends, HTTPException, Query, status
from sqlalchemy.orm import Session

from ..config import config
from ..database import get_db
from ..models import Comment, Post, User
from ..schemas import ErrorSchema, PostCreateSchema, PostListSchema, PostSchema, PostUpdateSchema
from ..security import get_current_user
from ..utils import get_post_or_404

bp = APIRouter(prefix="/posts", tags=["posts"])


def dump_post(db: Session, post: Post) -> PostSchema:
    data = PostSchema.model_validate(post)
    data.comment_count = db.query(Comment).filter(Comment.post_id == post.id).count()
    return data


@bp.get("", response_model=PostListSchema, summary="List posts, newest first")
def list_posts(
    limit: int = Query(config.DEFAULT_PAGE_SIZE, ge=1, le=config.MAX_PAGE_SIZE),
    offset: int = Query(0, ge=0),
    db: Session = Depends(get_db),
):
    query = db.query(Post).order_by(Post.created_at.desc(), Post.id.desc())
    total = query.count()
    posts = query.offset(offset).limit(limit).all()
    return PostListSchema(
        items=[dump_post(db, post) for post in posts],
        total=total,
        limit=limit,
        offset=offset,
    )


@bp.post(
    "",
    response_model=PostSchema,
    status_code=status.HTTP_201_CREATED,
    summary="Publish a post",
    responses={401: {"model": ErrorSchema}},
)
def create_post(
    payload: PostCreateSchema,
    db: Session = Depends(get_db),
    current_user: User = Depends(get_current_user),
):
    post = Post(title=payload.title, content=payload.content, author=current_user)
    db.add(post)
    db.commit()
    db.refresh(post)
    return dump_post(db, post)


@bp.get(
    "/{post_id}",
    response_model=PostSchema,
    summary="Read one post",
    responses={404: {"model": ErrorSchema}},
)
def get_post(post_id: int, db: Session = Depends(get_db)):
    return dump_post(db, get_post_or_404(db, post_id))


@bp.patch(
    "/{post_id}",
    response_model=PostSchema,
    summary="Edit a post (author only)",
    responses={
        401: {"model": ErrorSchema},
        403: {"model": ErrorSchema, "description": "Not the author"},
        404: {"model": ErrorSchema},
    },
)
def update_post(
    post_id: int,
    payload: PostUpdateSchema,
    db: Session = Depends(get_db),
    current_user: User = Depends(get_current_user),
):
    post = get_post_or_404(db, post_id)
    if post.author_id != current_user.id:
        raise HTTPException(status_code=status.HTTP_403_FORBIDDEN, detail="You can only edit your own posts")

    for field, value in payload.model_dump(exclude_unset=True, exclude_none=True).items():
        setattr(post, field, value)
    db.commit()
    db.refresh(post)
    return dump_post(db, post)


@bp.delete(
    "/{post_id}",
    status_code=status.HTTP_204_NO_CONTENT,
    summary="Delete a post and its comments (author only)",
    responses={
        401: {"model": ErrorSchema},
        403: {"model": ErrorSchema, "description": "Not the author"},
        404: {"model": ErrorSchema},
    },
)
def delete_post(
    post_id: int,
    db: Session = Depends(get_db),
    current_user: User = Depends(get_current_user),
):
    post = get_post_or_404(db, post_id)
    if post.author_id != current_user.id:
        raise HTTPException(status_code=status.HTTP_403_FORBIDDEN, detail="You can only delete your own posts")
    db.delete(post)
    db.commit()
    return None
