from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, HTTPException, Path, Query, Response, status
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.deps import CurrentUser, DbSession
from app.models import Comment, Post, User, utcnow
from app.schemas import CommentIn, CommentOut, ErrorOut, PostIn, PostOut, PostUpdate

router = APIRouter(prefix="/posts", tags=["posts"])

# SQLite raises OverflowError (-> 500) on integers wider than 64 bits, so bound them here.
PostId = Annotated[int, Path(ge=1, le=2**63 - 1)]
Limit = Annotated[int, Query(ge=1, le=50, description="page size (max 50)")]
Offset = Annotated[int, Query(ge=0, le=100_000)]

_401 = {401: {"model": ErrorOut, "description": "missing or invalid token"}}
_403 = {403: {"model": ErrorOut, "description": "not the author"}}
_404 = {404: {"model": ErrorOut, "description": "post not found"}}


def _load_post(db: Session, post_id: int) -> Post:
    post = db.get(Post, post_id)
    if post is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "post not found")
    return post


def _author_name(db: Session, user_id: int) -> str:
    author = db.get(User, user_id)
    return author.username if author else "[deleted]"


def _post_out(db: Session, post: Post) -> PostOut:
    return PostOut(
        id=post.id,
        title=post.title,
        content=post.content,
        author=_author_name(db, post.author_id),
        created_at=post.created_at,
        updated_at=post.updated_at,
    )


def _comment_out(db: Session, comment: Comment) -> CommentOut:
    return CommentOut(
        id=comment.id,
        post_id=comment.post_id,
        author=_author_name(db, comment.author_id),
        content=comment.content,
        created_at=comment.created_at,
    )


@router.get("", response_model=list[PostOut], summary="List posts (public, newest first)")
def list_posts(db: DbSession, limit: Limit = 20, offset: Offset = 0) -> list[PostOut]:
    posts = db.scalars(select(Post).order_by(Post.id.desc()).limit(limit).offset(offset)).all()
    return [_post_out(db, p) for p in posts]


@router.post(
    "",
    status_code=status.HTTP_201_CREATED,
    response_model=PostOut,
    summary="Publish a post",
    responses={**_401},
)
def create_post(body: PostIn, db: DbSession, user: CurrentUser) -> PostOut:
    post = Post(author_id=user.id, title=body.title, content=body.content)
    db.add(post)
    db.commit()
    return _post_out(db, post)


@router.get("/{post_id}", response_model=PostOut, summary="Read a post", responses={**_404})
def get_post(post_id: PostId, db: DbSession) -> PostOut:
    return _post_out(db, _load_post(db, post_id))


@router.patch(
    "/{post_id}",
    response_model=PostOut,
    summary="Edit a post (author only)",
    responses={**_401, **_403, **_404},
)
def update_post(post_id: PostId, body: PostUpdate, db: DbSession, user: CurrentUser) -> PostOut:
    post = _load_post(db, post_id)
    if post.author_id != user.id:
        raise HTTPException(status.HTTP_403_FORBIDDEN, "only the author may edit this post")
    for field, value in body.model_dump(exclude_unset=True).items():
        setattr(post, field, value)
    post.updated_at = utcnow()
    db.commit()
    return _post_out(db, post)


@router.delete(
    "/{post_id}",
    status_code=status.HTTP_204_NO_CONTENT,
    response_class=Response,
    summary="Delete a post (author only)",
    responses={**_401, **_403, **_404},
)
def delete_post(post_id: PostId, db: DbSession, user: CurrentUser) -> Response:
    post = _load_post(db, post_id)
    if post.author_id != user.id:
        raise HTTPException(status.HTTP_403_FORBIDDEN, "only the author may delete this post")
    db.delete(post)
    db.commit()
    return Response(status_code=status.HTTP_204_NO_CONTENT)


@router.get(
    "/{post_id}/comments",
    response_model=list[CommentOut],
    summary="List a post's comments (public, oldest first)",
    responses={**_404},
)
def list_comments(
    post_id: PostId, db: DbSession, limit: Limit = 20, offset: Offset = 0
) -> list[CommentOut]:
    _load_post(db, post_id)
    comments = db.scalars(
        select(Comment)
        .where(Comment.post_id == post_id)
        .order_by(Comment.id)
        .limit(limit)
        .offset(offset)
    ).all()
    return [_comment_out(db, c) for c in comments]


@router.post(
    "/{post_id}/comments",
    status_code=status.HTTP_201_CREATED,
    response_model=CommentOut,
    summary="Comment on a post",
    responses={**_401, **_404},
)
def create_comment(post_id: PostId, body: CommentIn, db: DbSession, user: CurrentUser) -> CommentOut:
    _load_post(db, post_id)
    comment = Comment(post_id=post_id, author_id=user.id, content=body.content)
    db.add(comment)
    db.commit()
    return _comment_out(db, comment)
