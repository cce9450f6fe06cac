"""PostsController and its nested CommentsController."""
from typing import Annotated

from fastapi import APIRouter, Depends, HTTPException, Query, Response, status
from sqlalchemy import select

from app.auth import DB, CurrentUser
from app.models import Comment, Post, User
from app.schemas import (
    CommentCreate,
    CommentOut,
    ErrorOut,
    PostCreate,
    PostDetail,
    PostOut,
    PostUpdate,
)

router = APIRouter(prefix="/posts", tags=["posts"])

DEFAULT_PAGE_SIZE = 20
MAX_PAGE_SIZE = 100

Limit = Annotated[
    int, Query(ge=1, le=MAX_PAGE_SIZE, description="Page size (1-100)")
]
Offset = Annotated[int, Query(ge=0, description="Number of records to skip")]

NOT_FOUND = {404: {"model": ErrorOut, "description": "Post not found"}}
UNAUTHORIZED = {401: {"model": ErrorOut, "description": "Missing or invalid token"}}
FORBIDDEN = {403: {"model": ErrorOut, "description": "Not the post's author"}}


# --- before_action helpers ----------------------------------------------------


def set_post(post_id: int, db: DB) -> Post:
    """Load the post named in the path or answer 404 (`Post.find(params[:id])`)."""
    post = db.get(Post, post_id)
    if post is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "Post not found")
    return post


PostFromPath = Annotated[Post, Depends(set_post)]


def authorize_author(post: Post, user: User) -> None:
    if not post.authored_by(user):
        raise HTTPException(
            status.HTTP_403_FORBIDDEN, "Only the author may change this post"
        )


# --- posts ----------------------------------------------------------------------


@router.get("", response_model=list[PostOut], summary="List posts, newest first")
def index(
    db: DB, limit: Limit = DEFAULT_PAGE_SIZE, offset: Offset = 0
) -> list[Post]:
    # Post.author is a joined eager load, so this is a single query.
    stmt = (
        select(Post)
        .order_by(Post.created_at.desc(), Post.id.desc())
        .limit(limit)
        .offset(offset)
    )
    return list(db.scalars(stmt).unique())


@router.post(
    "",
    response_model=PostOut,
    status_code=status.HTTP_201_CREATED,
    summary="Publish a post",
    responses=UNAUTHORIZED,
)
def create(params: PostCreate, db: DB, user: CurrentUser) -> Post:
    post = Post(title=params.title, content=params.content, author=user)
    db.add(post)
    db.commit()
    db.refresh(post)
    return post


@router.get(
    "/{post_id}",
    response_model=PostDetail,
    summary="Read a post with its comments",
    responses=NOT_FOUND,
)
def show(post: PostFromPath) -> Post:
    return post


@router.put(
    "/{post_id}",
    response_model=PostOut,
    summary="Edit a post (author only)",
    responses={**UNAUTHORIZED, **FORBIDDEN, **NOT_FOUND},
)
def update(params: PostUpdate, post: PostFromPath, db: DB, user: CurrentUser) -> Post:
    authorize_author(post, user)
    post.title = params.title
    post.content = params.content
    db.commit()
    db.refresh(post)
    return post


@router.delete(
    "/{post_id}",
    status_code=status.HTTP_204_NO_CONTENT,
    summary="Delete a post (author only)",
    responses={**UNAUTHORIZED, **FORBIDDEN, **NOT_FOUND},
)
def destroy(post: PostFromPath, db: DB, user: CurrentUser) -> Response:
    authorize_author(post, user)
    db.delete(post)
    db.commit()
    return Response(status_code=status.HTTP_204_NO_CONTENT)


# --- nested comments ------------------------------------------------------------


@router.get(
    "/{post_id}/comments",
    response_model=list[CommentOut],
    summary="List a post's comments, oldest first",
    responses=NOT_FOUND,
)
def comments_index(
    post: PostFromPath,
    db: DB,
    limit: Limit = DEFAULT_PAGE_SIZE,
    offset: Offset = 0,
) -> list[Comment]:
    stmt = (
        select(Comment)
        .where(Comment.post_id == post.id)
        .order_by(Comment.id)
        .limit(limit)
        .offset(offset)
    )
    return list(db.scalars(stmt).unique())


@router.post(
    "/{post_id}/comments",
    response_model=CommentOut,
    status_code=status.HTTP_201_CREATED,
    summary="Comment on a post",
    responses={**UNAUTHORIZED, **NOT_FOUND},
)
def comments_create(
    params: CommentCreate, post: PostFromPath, db: DB, user: CurrentUser
) -> Comment:
    comment = Comment(body=params.body, post=post, author=user)
    db.add(comment)
    db.commit()
    db.refresh(comment)
    return comment
