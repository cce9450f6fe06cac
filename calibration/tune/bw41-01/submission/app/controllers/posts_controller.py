from collections.abc import Sequence

from fastapi import APIRouter, HTTPException, Query, status

from app.controllers.concerns.authentication import DB, CurrentUser
from app.models import Post, User
from app.serializers import PostCreate, PostOut, PostUpdate

router = APIRouter(prefix="/posts", tags=["posts"])

NOT_FOUND = {404: {"description": "Post not found"}}


def authorize_author(post: Post, user: User) -> None:
    if not post.editable_by(user):
        raise HTTPException(status_code=status.HTTP_403_FORBIDDEN, detail="Only the author can change this post")


@router.get("", response_model=list[PostOut], summary="List posts, newest first")
def index(
    db: DB,
    limit: int = Query(20, ge=1, le=100),
    offset: int = Query(0, ge=0),
) -> Sequence[Post]:
    return Post.recent(db, limit=limit, offset=offset)


@router.get("/{post_id}", response_model=PostOut, summary="Show a post", responses=NOT_FOUND)
def show(post_id: int, db: DB) -> Post:
    return Post.find(db, post_id)


@router.post("", response_model=PostOut, status_code=status.HTTP_201_CREATED, summary="Publish a post")
def create(params: PostCreate, db: DB, user: CurrentUser) -> Post:
    return Post.create(db, **params.model_dump(), author_id=user.id)


@router.patch(
    "/{post_id}",
    response_model=PostOut,
    summary="Edit a post (author only)",
    responses={**NOT_FOUND, 403: {"description": "Not the author"}},
)
def update(post_id: int, params: PostUpdate, db: DB, user: CurrentUser) -> Post:
    post = Post.find(db, post_id)
    authorize_author(post, user)
    return post.update(db, **params.model_dump(exclude_none=True))


@router.delete(
    "/{post_id}",
    status_code=status.HTTP_204_NO_CONTENT,
    summary="Delete a post (author only)",
    responses={**NOT_FOUND, 403: {"description": "Not the author"}},
)
def destroy(post_id: int, db: DB, user: CurrentUser) -> None:
    post = Post.find(db, post_id)
    authorize_author(post, user)
    post.destroy(db)
