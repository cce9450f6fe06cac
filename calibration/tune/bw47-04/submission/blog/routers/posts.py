from fastapi import APIRouter, HTTPException, status
from sqlalchemy import ScalarSelect, func, select
from sqlalchemy.orm import Session

from blog.deps import CurrentUser, DbSession, Pagination
from blog.models import Comment, Post
from blog.schemas import ErrorResponse, Page, PostCreate, PostRead, PostUpdate

router = APIRouter(prefix="/posts", tags=["posts"])

_NOT_FOUND = {404: {"model": ErrorResponse, "description": "Post not found"}}
_UNAUTHORIZED = {401: {"model": ErrorResponse, "description": "Missing or invalid token"}}
_FORBIDDEN = {403: {"model": ErrorResponse, "description": "Not the author of this post"}}


def _comment_count() -> ScalarSelect[int]:
    return (
        select(func.count(Comment.id))
        .where(Comment.post_id == Post.id)
        .correlate(Post)
        .scalar_subquery()
    )


def _to_read(post: Post, comment_count: int) -> PostRead:
    return PostRead.model_validate(
        {
            "id": post.id,
            "title": post.title,
            "content": post.content,
            "author": post.author,
            "created_at": post.created_at,
            "updated_at": post.updated_at,
            "comment_count": comment_count,
        },
        from_attributes=True,
    )


def _get_post(db: Session, post_id: int) -> Post:
    post = db.get(Post, post_id)
    if post is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, detail="Post not found")
    return post


def _get_own_post(db: Session, post_id: int, user_id: int) -> Post:
    post = _get_post(db, post_id)
    if post.author_id != user_id:
        raise HTTPException(status.HTTP_403_FORBIDDEN, detail="Only the author can change this post")
    return post


def _read_with_count(db: Session, post: Post) -> PostRead:
    count = db.scalar(select(func.count(Comment.id)).where(Comment.post_id == post.id)) or 0
    return _to_read(post, count)


@router.get("", response_model=Page[PostRead], summary="List posts, newest first")
def list_posts(db: DbSession, page: Pagination) -> Page[PostRead]:
    total = db.scalar(select(func.count(Post.id))) or 0
    rows = db.execute(
        select(Post, _comment_count())
        .order_by(Post.id.desc())
        .limit(page.limit)
        .offset(page.offset)
    ).all()
    items = [_to_read(post, count) for post, count in rows]
    return Page[PostRead](items=items, total=total, limit=page.limit, offset=page.offset)


@router.post(
    "",
    status_code=status.HTTP_201_CREATED,
    response_model=PostRead,
    summary="Publish a post",
    responses=_UNAUTHORIZED,
)
def create_post(body: PostCreate, db: DbSession, user: CurrentUser) -> PostRead:
    post = Post(title=body.title, content=body.content, author=user)
    db.add(post)
    db.commit()
    return _to_read(post, comment_count=0)


@router.get("/{post_id}", response_model=PostRead, summary="Read a post", responses=_NOT_FOUND)
def get_post(post_id: int, db: DbSession) -> PostRead:
    return _read_with_count(db, _get_post(db, post_id))


@router.patch(
    "/{post_id}",
    response_model=PostRead,
    summary="Edit your post",
    responses={**_UNAUTHORIZED, **_FORBIDDEN, **_NOT_FOUND},
)
def update_post(post_id: int, body: PostUpdate, db: DbSession, user: CurrentUser) -> PostRead:
    post = _get_own_post(db, post_id, user.id)
    for field, value in body.model_dump(exclude_unset=True).items():
        setattr(post, field, value)
    db.commit()
    return _read_with_count(db, post)


@router.delete(
    "/{post_id}",
    status_code=status.HTTP_204_NO_CONTENT,
    summary="Delete your post and its comments",
    responses={**_UNAUTHORIZED, **_FORBIDDEN, **_NOT_FOUND},
)
def delete_post(post_id: int, db: DbSession, user: CurrentUser) -> None:
    post = _get_own_post(db, post_id, user.id)
    db.delete(post)
    db.commit()
