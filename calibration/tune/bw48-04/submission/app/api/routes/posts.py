from fastapi import APIRouter, HTTPException, status

from app.api.deps import CurrentUser, PaginationDep, SessionDep
from app.crud import post as crud_post
from app.models import Post
from app.schemas.common import Message
from app.schemas.post import PostCreate, PostList, PostPublic, PostUpdate

router = APIRouter(prefix="/posts", tags=["posts"])

# Documented once, reused by several routes below.
NOT_FOUND = {404: {"model": Message, "description": "Post not found"}}
NOT_AUTHOR = {403: {"model": Message, "description": "You are not the author of this post"}}
NEEDS_AUTH = {401: {"model": Message, "description": "Missing or invalid token"}}


def get_post_or_404(db: SessionDep, post_id: int) -> Post:
    """Small helper so every route answers 404 the same way."""
    post = crud_post.get_post(db, post_id)
    if post is None:
        raise HTTPException(status_code=404, detail="Post not found")
    return post


def ensure_author(post: Post, user_id: int) -> None:
    """Only the author may change or delete a post."""
    if post.author_id != user_id:
        raise HTTPException(status_code=403, detail="You are not the author of this post")


# Reading is public: no CurrentUser dependency on the two GET routes.
@router.get("", response_model=PostList)
def list_posts(db: SessionDep, page: PaginationDep) -> PostList:
    """List posts, newest first, with limit/offset pagination."""
    posts, total = crud_post.list_posts(db, limit=page.limit, offset=page.offset)
    return PostList(
        items=[PostPublic.model_validate(p) for p in posts],
        total=total,
        limit=page.limit,
        offset=page.offset,
    )


@router.get("/{post_id}", response_model=PostPublic, responses=NOT_FOUND)
def read_post(post_id: int, db: SessionDep) -> PostPublic:
    """Read a single post."""
    return PostPublic.model_validate(get_post_or_404(db, post_id))


@router.post(
    "",
    response_model=PostPublic,
    status_code=status.HTTP_201_CREATED,
    responses=NEEDS_AUTH,
)
def create_post(post_in: PostCreate, db: SessionDep, current_user: CurrentUser) -> PostPublic:
    """Publish a new post as the logged-in user."""
    post = crud_post.create_post(db, post_in, author=current_user)
    return PostPublic.model_validate(post)


@router.patch(
    "/{post_id}",
    response_model=PostPublic,
    responses={**NOT_FOUND, **NOT_AUTHOR, **NEEDS_AUTH},
)
def update_post(
    post_id: int, post_in: PostUpdate, db: SessionDep, current_user: CurrentUser
) -> PostPublic:
    """Change the title and/or the content of your own post."""
    post = get_post_or_404(db, post_id)
    ensure_author(post, current_user.id)
    post = crud_post.update_post(db, post, post_in)
    return PostPublic.model_validate(post)


@router.delete(
    "/{post_id}",
    status_code=status.HTTP_204_NO_CONTENT,
    responses={**NOT_FOUND, **NOT_AUTHOR, **NEEDS_AUTH},
)
def delete_post(post_id: int, db: SessionDep, current_user: CurrentUser) -> None:
    """Delete your own post (its comments go with it)."""
    post = get_post_or_404(db, post_id)
    ensure_author(post, current_user.id)
    crud_post.delete_post(db, post)
